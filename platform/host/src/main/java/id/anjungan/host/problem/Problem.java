package id.anjungan.host.problem;

import id.anjungan.spi.Reason;
import id.anjungan.spi.Text;
import java.util.List;
import java.util.Map;

/**
 * An error the caller can act on, answered as {@code application/problem+json} in the caller's language.
 * Thrown anywhere in the host; never carries a stack trace to the client.
 */
public final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String code;
    private final transient Text title;
    private final transient Text detail;
    private final transient List<Map<String, Object>> extras;
    private final long retryAfter;

    public Problem(int status, String code, Text title, Text detail, List<Map<String, Object>> extras) {
        this(status, code, title, detail, extras, 0);
    }

    private Problem(int status, String code, Text title, Text detail, List<Map<String, Object>> extras,
                    long retryAfter) {
        super(code + ": " + (detail == null ? title.en() : detail.en()));
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.extras = extras == null ? List.of() : List.copyOf(extras);
        this.retryAfter = retryAfter;
    }

    /** A 429 answered with {@code Retry-After: seconds}. */
    public static Problem tooMany(long seconds, String detailId, String detailEn) {
        return new Problem(429, "rate-limited", titleFor(429), Text.of(detailId, detailEn), null, Math.max(1, seconds));
    }

    public static Problem of(int status, String code, String titleId, String titleEn, String detailId, String detailEn) {
        return new Problem(status, code, Text.of(titleId, titleEn), Text.of(detailId, detailEn), null);
    }

    public static Problem of(int status, Reason reason) {
        return new Problem(status, reason.code(), titleFor(status), reason.message(), null);
    }

    public static Problem notFound(String what, String whatEn) {
        return of(404, "not-found", "Tidak ditemukan", "Not found", what + " tidak ditemukan.", whatEn + " not found.");
    }

    static Text titleFor(int status) {
        return switch (status) {
            case 400 -> Text.of("Permintaan tidak dapat dibaca", "Bad request");
            case 401 -> Text.of("Perlu masuk", "Login required");
            case 403 -> Text.of("Tidak diizinkan", "Not allowed");
            case 404 -> Text.of("Tidak ditemukan", "Not found");
            case 409 -> Text.of("Bertentangan dengan data yang ada", "Conflict");
            case 413 -> Text.of("Berkas terlalu besar", "Too large");
            case 422 -> Text.of("Tidak dapat diproses", "Cannot be processed");
            case 429 -> Text.of("Terlalu sering", "Too many requests");
            case 503 -> Text.of("Layanan belum siap", "Service unavailable");
            case 504 -> Text.of("Modul tidak menjawab", "Module did not answer");
            default -> Text.of("Terjadi kesalahan", "Something went wrong");
        };
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Text title() {
        return title;
    }

    public Text detail() {
        return detail;
    }

    /** Seconds the caller should wait before asking again ({@code Retry-After}); 0 when it need not wait. */
    public long retryAfter() {
        return retryAfter;
    }

    /** The members of its JSON answer, in {@code lang}. */
    public Map<String, Object> members(String lang) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title.in(lang));
        body.put("status", status);
        body.put("code", code);
        if (detail != null) {
            body.put("detail", detail.in(lang));
        }
        extras.forEach(extra -> extra.forEach((k, v) -> body.put(k, Localized.of(v, lang))));
        return body;
    }

    /** Additional members ({@code errors}, {@code reasons}, …) as JSON-ready maps keyed by member name. */
    public List<Map<String, Object>> extras() {
        return extras;
    }
}
