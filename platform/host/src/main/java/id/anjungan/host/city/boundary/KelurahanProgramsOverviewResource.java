package id.anjungan.host.city.boundary;

import id.anjungan.host.city.control.KioskSites;
import id.anjungan.host.city.control.ProgramsPerKelurahan;
import id.anjungan.host.city.entity.KelurahanPrograms;
import id.anjungan.host.city.entity.KioskSite;
import id.anjungan.host.modules.entity.InstalledModule;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.AreaNames;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.spi.Role;
import id.anjungan.spi.Text;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every kelurahan's programs in one answer, for the city's "Program per kelurahan" screen: the kelurahan of the
 * registered kiosks and those the city set or handed back, each with its kiosks, and every program the city knows.
 */
@Path("city/kelurahan-programs")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class KelurahanProgramsOverviewResource {

    @Inject
    Database db;
    @Inject
    ProgramsPerKelurahan programs;
    @Inject
    KioskSites sites;
    @Inject
    StaffAreas areas;
    @Context
    HttpHeaders headers;

    /** One kelurahan: where it lies, its registered kiosks and what the city decided for it, if anything. */
    private record Place(String kelurahan, String kecamatan, List<String> kiosks, KelurahanPrograms decided) {
    }

    @GET
    public Map<String, Object> all() {
        KelurahanProgramsResource.cityOnly(areas);
        String lang = ProblemMapper.language(headers);
        return db.read(em -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("programs", known(em, lang));
            m.put("kelurahan", places(em).values().stream().map(KelurahanProgramsOverviewResource::json).toList());
            return m;
        });
    }

    /** Grouped as the city compares kelurahan names (letter case, width, spacing), in the registered spelling. */
    private Map<String, Place> places(EntityManager em) {
        Map<String, Place> places = new TreeMap<>();
        for (KioskSite site : sites.all(em)) {
            places.compute(key(site.kelurahan), (k, place) -> place == null
                    ? new Place(site.kelurahan, site.kecamatan, new ArrayList<>(List.of(site.id)), null)
                    : withKiosk(place, site.id));
        }
        for (KelurahanPrograms row : programs.all(em)) {
            places.compute(key(row.kelurahan), (k, place) -> place == null
                    ? new Place(row.kelurahan, null, List.of(), row)
                    : new Place(place.kelurahan(), place.kecamatan(), place.kiosks(), row));
        }
        return places;
    }

    private static Place withKiosk(Place place, String kiosk) {
        place.kiosks().add(kiosk);
        return place;
    }

    private static String key(String kelurahan) {
        return AreaNames.canonical(kelurahan).orElse(kelurahan).toLowerCase(Locale.ROOT);
    }

    /**
     * Every program the city knows (those a kelurahan may be set to run), named where one of the city's own modules
     * answered its name: a jar in its store and a kiosk's heartbeat carry the code only.
     */
    private List<Map<String, Object>> known(EntityManager em, String lang) {
        Map<String, Text> names = new TreeMap<>();
        for (InstalledModule m : em.createQuery("select m from InstalledModule m where m.nameId is not null",
                InstalledModule.class).getResultList()) {
            names.put(m.code, Text.of(m.nameId, m.nameEn == null ? m.nameId : m.nameEn));
        }
        return programs.known(em).stream().map(code -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", code);
            p.put("name", names.containsKey(code) ? names.get(code).in(lang) : null);
            return p;
        }).toList();
    }

    private static Map<String, Object> json(Place place) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (place.decided() == null) {
            m.put("kelurahan", place.kelurahan());
            m.put("managed", false);
        } else {
            m.putAll(KelurahanProgramsResource.json(place.decided()));
            m.put("kelurahan", place.kelurahan());
        }
        m.put("kecamatan", place.kecamatan());
        m.put("kiosks", place.kiosks());
        return m;
    }
}
