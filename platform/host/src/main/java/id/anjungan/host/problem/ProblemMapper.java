package id.anjungan.host.problem;

import id.anjungan.spi.ProgramException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
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
        if (failure instanceof jakarta.json.bind.JsonbException || failure instanceof jakarta.ws.rs.ProcessingException) {
            return Problem.of(400, "malformed-json", "Permintaan tidak dapat dibaca", "Bad request",
                    "Data tidak dalam format JSON yang benar.", "The data is not well-formed JSON.");
        }
        LOG.log(Level.WARNING, "Unexpected failure", failure);
        return Problem.of(500, "internal", "Terjadi kesalahan", "Something went wrong",
                "Maaf, terjadi kesalahan di sistem. Silakan coba lagi atau hubungi petugas.",
                "Sorry, something went wrong. Please try again or ask the staff.");
    }

    public static String language(HttpHeaders headers) {
        if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
            return "id";
        }
        String tag = headers.getAcceptableLanguages().get(0).getLanguage();
        return tag == null || tag.equals("*") ? "id" : tag;
    }
}
