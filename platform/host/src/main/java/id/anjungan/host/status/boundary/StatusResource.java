package id.anjungan.host.status.boundary;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.status.control.StatusLookup;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** "Cek status bantuan" at the kiosk. One instance: the kiosk's busiest request should not build a resource each time. */
@jakarta.enterprise.context.ApplicationScoped
@Path("status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusResource {

    /** NIK plus KK number or birth date ({@code yyyy-MM-dd}). */
    public record StatusRequest(String nik, String kk, String birthDate) {
    }

    @Inject
    StatusLookup lookup;
    @Inject
    Caller caller;
    @Context
    HttpHeaders headers;
    @Context
    HttpServletRequest request;

    @POST
    public Map<String, Object> status(StatusRequest body) {
        if (body == null) {
            throw Problem.of(400, "bad-request", "Permintaan tidak lengkap", "Incomplete request",
                    "Kirim NIK dengan nomor KK atau tanggal lahir.", "Send the NIK with the KK number or birth date.");
        }
        String session = headers.getHeaderString("X-Kiosk-Session");
        if (session == null || session.isBlank()) {
            session = request == null ? null : request.getRemoteAddr();
        }
        StatusLookup.Proof proof = new StatusLookup.Proof(body.kk(), date(body.birthDate()));
        return Map.of("results", lookup.lookup(body.nik(), proof, session, caller.actor(),
                ProblemMapper.language(headers)));
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw Problem.of(422, "birth-date", "Tanggal lahir tidak valid", "Invalid birth date",
                    "Tulis tanggal lahir sebagai TTTT-BB-HH, misalnya 1985-08-15.",
                    "Write the birth date as YYYY-MM-DD, e.g. 1985-08-15.");
        }
    }
}
