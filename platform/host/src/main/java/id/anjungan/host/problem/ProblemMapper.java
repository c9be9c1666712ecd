package id.anjungan.host.problem;

import id.anjungan.host.privacy.Masking;
import id.anjungan.spi.ProgramException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Every failure becomes a JSON problem in the caller's language; unexpected ones are logged, not shown. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = asProblem(failure);
        Response.ResponseBuilder answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.members(language(headers)));
        if (problem.retryAfter() > 0) {
            answer.header("Retry-After", problem.retryAfter());
        }
        return answer.build();
    }

    public static Problem asProblem(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof Problem p) {
                return p;
            }
            if (cause instanceof ProgramException pe) {
                return Problem.of(422, pe.reason());
            }
            cause = cause.getCause();
        }
        if (failure instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            if (status == 404 || status == 405) {
                return Problem.of(status, "not-found", "Tidak ditemukan", "Not found",
                        "Alamat ini tidak dikenal.", "This address is not known.");
            }
            if (status == 415 || status == 406) {
                return Problem.of(status, "unsupported-media", "Format tidak didukung", "Unsupported format",
                        "Kirim data sebagai JSON.", "Send the data as JSON.");
            }
            return Problem.of(status >= 500 ? 500 : 400, "bad-request", "Permintaan tidak dapat dibaca",
                    "Bad request", "Periksa kembali data yang dikirim.", "Check the data you sent.");
        }
        if (tooLongForItsColumn(failure)) {
            return tooLong();
        }
        if (failure instanceof jakarta.json.bind.JsonbException || failure instanceof jakarta.ws.rs.ProcessingException
                || failure instanceof jakarta.json.JsonException) {
            return Problem.of(400, "malformed-json", "Permintaan tidak dapat dibaca", "Bad request",
                    "Data tidak dalam format JSON yang benar.", "The data is not well-formed JSON.");
        }
        if (failure instanceof StackOverflowError) {
            LOG.warning("Unexpected failure: stack overflow"); // its trace is a thousand identical frames
        } else {
            LOG.warning(() -> "Unexpected failure: " + Masking.trace(failure));
        }
        return Problem.of(500, "internal", "Terjadi kesalahan", "Something went wrong",
                "Maaf, terjadi kesalahan di sistem. Silakan coba lagi atau hubungi petugas.",
                "Sorry, something went wrong. Please try again or ask the staff.");
    }

    /** A value the caller sent was longer than its column: theirs to shorten, not the server's failure. */
    public static Problem tooLong() {
        return Problem.of(422, "too-long", "Isian terlalu panjang", "Text too long",
                "Salah satu isian lebih panjang dari yang dapat disimpan. Persingkat lalu kirim lagi.",
                "One of the values is longer than can be stored. Shorten it and send it again.");
    }

    /** SQLState 22001, on Derby and PostgreSQL alike: a value longer than its column. */
    public static boolean tooLongForItsColumn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The caller's first language; Indonesian when it asks for none, any, or sends a header nobody can read. */
    public static String language(HttpHeaders headers) {
        return language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The primary language of the {@code Accept-Language} range with the highest weight ({@code en} for
     * {@code "id;q=0.5, en-US"}); {@code id} for none, {@code *}, or anything that is not a list of language ranges.
     */
    public static String language(String header) {
        if (header == null || header.isBlank()) {
            return "id";
        }
        try {
            java.util.List<java.util.Locale.LanguageRange> ranges = java.util.Locale.LanguageRange.parse(header);
            String primary = ranges.isEmpty() ? "*" : ranges.get(0).getRange().split("-")[0];
            return primary.equals("*") ? "id" : primary;
        } catch (IllegalArgumentException unreadable) {
            return "id";
        }
    }
}
