package id.anjungan.host.recipients.boundary;

import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.csv.CsvFiles;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.recipients.control.ListOverlaps;
import id.anjungan.host.recipients.entity.ListOverlap;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.AuditLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/admin/recipient-lists/overlaps}: who the newest lists hold although they exclude each other or the
 * person is recorded as deceased, moved or declared able; shown after each import, for the TKSK's retur reports.
 * NIKs are masked: the officer finds the person by name and address on the list.
 */
@Path("admin/recipient-lists/overlaps")
@Allowed({Role.TKSK, Role.KASI_KESOS})
public class ListOverlapsResource {

    static final List<String> COLUMNS = List.of("kind", "programs", "nik", "name", "kelurahan", "recorded", "note");

    @Inject
    ListOverlaps overlaps;
    @Inject
    Programs programs;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> report() {
        return Map.of("overlaps", rows());
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv() {
        List<Map<String, Object>> rows = rows();
        StreamingOutput body = out -> CsvFiles.write(COLUMNS, rows, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"list-overlaps.csv\"").build();
    }

    private List<Map<String, Object>> rows() {
        String lang = ProblemMapper.language(headers);
        List<ListOverlap> found = overlaps.report(programs.descriptors());
        audit.record(caller.actor(), "read-recipient", "list-overlaps", found.size() + " people");
        return found.stream().map(o -> json(o, lang)).toList();
    }

    static Map<String, Object> json(ListOverlap o, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", o.kind().name());
        m.put("programs", String.join(" + ", o.programs()));
        m.put("nik", Masking.mask(o.nik()));
        m.put("name", o.name());
        m.put("kelurahan", o.kelurahan());
        m.put("recorded", o.recorded());
        m.put("note", o.note().in(lang));
        return m;
    }
}
