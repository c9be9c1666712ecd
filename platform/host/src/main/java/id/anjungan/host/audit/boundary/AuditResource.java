package id.anjungan.host.audit.boundary;

import id.anjungan.host.audit.control.AuditTrail;
import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.Verification;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The audit log: who did what, found by the person concerned; and proof that it is complete and unchanged. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class AuditResource {

    @Inject
    HashChainedAudit audit;
    @Inject
    AuditTrail trail;

    @GET
    public Map<String, Object> entries(@QueryParam("nik") String nik, @QueryParam("actor") String actor,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("limit") String limit) {
        return Map.of("entries", trail.find(new AuditTrail.Filter(nik, actor, day(from), day(to), number(limit))));
    }

    @GET
    @Path("verify")
    public Verification verify() {
        return audit.verify();
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1; // refused as out of range
        }
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw Problem.of(422, "date-invalid", "Tanggal tidak valid", "Invalid date",
                    "Tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-12-06.", "Write the date as YYYY-MM-DD, e.g. 2026-12-06.");
        }
    }
}
