package id.anjungan.host.catalog.boundary;

import id.anjungan.host.catalog.control.CatalogViews;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.spi.ProgramDescriptor;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The kiosk catalog: every service of every enabled program, in the caller's language. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @Inject
    Programs programs;
    @Context
    HttpHeaders headers;

    @GET
    @Path("services")
    public Map<String, Object> services() {
        String lang = ProblemMapper.language(headers);
        long revision = programs.revision();
        List<Map<String, Object>> programViews = new ArrayList<>();
        List<Map<String, Object>> services = new ArrayList<>();
        for (ProgramDescriptor p : programs.descriptors()) {
            programViews.add(CatalogViews.program(p, lang));
            p.services().forEach(s -> services.add(CatalogViews.service(p, s, lang)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", revision);
        body.put("programs", programViews);
        body.put("services", services);
        return body;
    }

    @GET
    @Path("programs/{code}/services/{id}")
    public Map<String, Object> service(@PathParam("code") String code, @PathParam("id") String id) {
        ProgramDescriptor p = programs.descriptor(code);
        return CatalogViews.form(p, programs.service(p, id), ProblemMapper.language(headers));
    }
}
