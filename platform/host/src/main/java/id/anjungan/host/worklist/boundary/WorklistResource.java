package id.anjungan.host.worklist.boundary;

import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.host.worklist.control.Worklist;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The case queue for TKSK and officers, and a PSM's own cases of today. */
@Path("worklist")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    @Inject
    Worklist worklist;
    @Inject
    Caller caller;
    @Inject
    StaffAreas areas;
    @Context
    HttpHeaders headers;

    @GET
    @Allowed({Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Map<String, Object> cases(@QueryParam("program") String program, @QueryParam("kecamatan") String kecamatan,
                                     @QueryParam("kelurahan") String kelurahan,
                                     @QueryParam("state") String state, @QueryParam("overdue") boolean overdue) {
        String lang = ProblemMapper.language(headers);
        String area = areas.of(caller.actor()).narrow(kecamatan); // a TKSK on the city tier: their kecamatan only
        return Map.of("cases", worklist.cases(new Worklist.Filter(program, area, kelurahan, state, overdue)).stream()
                .map(c -> worklist.summary(c, lang)).toList());
    }

    @GET
    @Path("mine-today")
    @Allowed({Role.PSM, Role.TKSK, Role.KASI_KESOS})
    public Map<String, Object> mineToday() {
        String lang = ProblemMapper.language(headers);
        return Map.of("cases", worklist.filedToday(caller.actor().username()).stream()
                .map(c -> worklist.summary(c, lang)).toList());
    }
}
