package id.anjungan.host.status.boundary;

import id.anjungan.host.problem.JsonAnswer;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.web.ClientAddress;
import id.anjungan.host.web.ServerTiming;
import id.anjungan.host.security.control.Authentication;
import id.anjungan.host.security.control.ResidentSession;
import id.anjungan.host.security.control.ResidentSessions;
import id.anjungan.host.status.control.StatusLookup;
import id.anjungan.spi.Actor;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Cek status bantuan": {@code POST /api/status} with {@code {"nik", "kk"}}. The kiosk's busiest request is a plain
 * servlet, not a JAX-RS resource: Jersey, its CDI request scope and JSON-B took more CPU and memory than the lookup
 * itself (docs/performance.md). It answers like the rest of the API, with JSON problems in the caller's language; a
 * resident must send a session the server issued ({@code POST /api/session}). {@code Server-Timing} goes to staff
 * callers only: a resident's (or a stranger's) answer must not tell by its timing whether a NIK is on a list.
 */
@WebServlet("/api/status")
public class StatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** A NIK and a KK number fit many times over; anything bigger is not a lookup. */
    private static final int MAX_BODY = 4096;

    @Inject
    transient StatusLookup lookup;
    @Inject
    transient Authentication authentication;
    @Inject
    transient ResidentSessions sessions;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        String lang = language(request);
        Optional<Authentication.Authenticated> staff = Optional.empty();
        Object answer;
        try {
            staff = authentication.caller(request.getHeader("Authorization"));
            StatusLookup.Answer found = status(request, staff, lang);
            answer = Map.of("results", found.results(), "unavailable", found.unavailable());
        } catch (RuntimeException failure) {
            Problem problem = ProblemMapper.asProblem(failure);
            if (problem.status() == 405) {
                response.setHeader("Allow", "POST");
            }
            timing(response, started, staff);
            JsonAnswer.problem(response, problem, lang);
            return;
        }
        timing(response, started, staff);
        JsonAnswer.write(response, 200, "application/json", answer);
    }

    private StatusLookup.Answer status(HttpServletRequest request, Optional<Authentication.Authenticated> staff,
                                       String lang) {
        if (!"POST".equals(request.getMethod())) {
            throw Problem.of(405, "not-found", "Tidak ditemukan", "Not found", "Alamat ini tidak dikenal.",
                    "This address is not known.");
        }
        ResidentSession resident = staff.isPresent() ? null
                : sessions.require(request.getHeader(ResidentSessions.HEADER), ClientAddress.of(request));
        Actor actor = staff.map(Authentication.Authenticated::actor).orElseGet(Actor::resident);
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw Problem.of(415, "unsupported-media", "Format tidak didukung", "Unsupported format",
                    "Kirim data sebagai JSON.", "Send the data as JSON.");
        }
        JsonObject body = body(request);
        if (body.containsKey("birthDate")) {
            throw Problem.of(422, "birth-date-not-accepted", "Gunakan nomor KK", "Use the KK number",
                    "Tanggal lahir tidak lagi diterima karena sudah tertulis di dalam NIK. Masukkan nomor KK "
                            + "(Kartu Keluarga) bersama NIK.",
                    "The birth date is no longer accepted: it is written inside the NIK. Enter the KK (family card) "
                            + "number with the NIK.");
        }
        return lookup.answer(text(body, "nik"), text(body, "kk"), actor, resident, lang);
    }

    private static JsonObject body(HttpServletRequest request) {
        byte[] bytes;
        try {
            int length = request.getContentLength(); // -1 when chunked
            bytes = request.getInputStream().readNBytes(length >= 0 && length <= MAX_BODY ? length : MAX_BODY + 1);
        } catch (IOException e) {
            throw malformed();
        }
        if (bytes.length > MAX_BODY) {
            throw Problem.of(413, "too-large", "Permintaan terlalu besar", "Request too large",
                    "Kirim hanya NIK dengan nomor KK.", "Send only the NIK with the KK number.");
        }
        if (bytes.length == 0) {
            throw Problem.of(400, "bad-request", "Permintaan tidak lengkap", "Incomplete request",
                    "Kirim NIK dengan nomor KK.", "Send the NIK with the KK number.");
        }
        // JSON is UTF-8 (RFC 8259); a reader on the bytes would build a decoder and an 8 KB buffer for 60 characters
        try (var reader = JsonAnswer.JSON.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw malformed();
        }
    }

    /** A member as text: a NIK sent as a JSON number is still a NIK. */
    private static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> body.getString(name);
            case NUMBER -> value.toString();
            default -> throw malformed();
        };
    }

    private static Problem malformed() {
        return Problem.of(400, "malformed-json", "Permintaan tidak dapat dibaca", "Bad request",
                "Data tidak dalam format JSON yang benar.", "The data is not well-formed JSON.");
    }

    /** The caller's first language as the JAX-RS resources see it: {@code id} unless the caller asks for another. */
    private static String language(HttpServletRequest request) {
        // not the container's request locale: it turns an unreadable header into the server's own locale
        return ProblemMapper.language(request.getHeader("Accept-Language"));
    }

    private static void timing(HttpServletResponse response, long started,
                               Optional<Authentication.Authenticated> staff) {
        if (staff.isPresent()) {
            response.setHeader("Server-Timing", ServerTiming.since(started));
        }
    }
}
