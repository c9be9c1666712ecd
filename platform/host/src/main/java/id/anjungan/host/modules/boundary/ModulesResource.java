package id.anjungan.host.modules.boundary;

import id.anjungan.host.modules.control.CityPrograms;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.problem.Localized;
import id.anjungan.host.problem.ProblemMapper;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Installed modules with version, state and health. */
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Inject
    Provider<ModuleManager> modules;
    @Inject
    CityPrograms cityPrograms;
    @Context
    HttpHeaders headers;

    @GET
    public List<Map<String, Object>> list() {
        String lang = ProblemMapper.language(headers);
        boolean cityManaged = cityPrograms.current().isPresent();
        return modules.get().list().stream().map(m -> json(m, lang, cityManaged)).toList();
    }

    /** {@code cityManaged}: the city sets which programs run here, so no local switch. */
    static Map<String, Object> json(ModuleView m, String lang, boolean cityManaged) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", m.code());
        json.put("name", Localized.of(m.name(), lang));
        json.put("version", m.version());
        json.put("previousVersion", m.previousVersion());
        json.put("state", m.state());
        json.put("health", m.health());
        json.put("problem", m.problem() == null ? null : m.problem().in(lang));
        json.put("enabled", m.enabled());
        json.put("cityManaged", cityManaged);
        return json;
    }
}
