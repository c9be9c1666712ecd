package id.anjungan.host.worklist.boundary;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.host.worklist.control.Worklist;
import id.anjungan.host.worklist.control.WorklistCsv;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;

/** {@code /api/worklist.csv}: the worklist for Dinas Sosial, opened in a spreadsheet. */
@Path("worklist.csv")
public class WorklistExportResource {

    @Inject
    Worklist worklist;
    @Inject
    Caller caller;
    @Inject
    HashChainedAudit audit;
    @Inject
    StaffAreas areas;
    @Context
    HttpHeaders headers;

    @GET
    @Produces("text/csv; charset=UTF-8")
    @Allowed({Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Response export(@QueryParam("program") String program, @QueryParam("kecamatan") String kecamatan,
                                     @QueryParam("kelurahan") String kelurahan,
                           @QueryParam("state") String state, @QueryParam("overdue") boolean overdue) {
        List<Map<String, Object>> rows = rows(new Worklist.Filter(program, kecamatan, kelurahan, state, overdue),
                ProblemMapper.language(headers));
        audit.recordNow(caller.actor(), "export-worklist", program == null ? "all" : program, rows.size() + " cases");
        StreamingOutput body = out -> WorklistCsv.write(rows, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"worklist.csv\"").build();
    }

    /** The rows the caller may export: a TKSK on the city tier, those of their kecamatan only. */
    List<Map<String, Object>> rows(Worklist.Filter asked, String lang) {
        String area = areas.of(caller.actor()).narrow(asked.kecamatan());
        return worklist.cases(new Worklist.Filter(asked.program(), area, asked.kelurahan(), asked.state(),
                asked.overdue())).stream().map(c -> worklist.summary(c, lang)).toList();
    }
}
