package id.anjungan.host.problem;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Writes an answer of maps, lists, text, numbers and booleans as JSON straight to a servlet response with JSON-P,
 * for the few hot paths that are plain servlets instead of JAX-RS resources.
 */
public final class JsonAnswer {

    /** Looking the provider up is a service-loader search: once is enough. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonAnswer() {
    }

    public static void write(HttpServletResponse response, int status, String type, Object value) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        // the container's writer is recycled with the request; a generator on the output stream would build an
        // encoder and an 8 KB buffer for every answer
        write(response.getWriter(), value);
    }

    /** Writes {@code value} as JSON: maps become objects, collections arrays, anything else text. */
    static void write(Writer writer, Object value) {
        try (JsonGenerator out = JSON.createGenerator(writer)) {
            value(out, null, value);
        }
    }

    /** A problem answer in {@code lang}. */
    public static void problem(HttpServletResponse response, Problem problem, String lang) throws IOException {
        if (problem.retryAfter() > 0) {
            response.setHeader("Retry-After", Long.toString(problem.retryAfter()));
        }
        write(response, problem.status(), Problem.MEDIA_TYPE, problem.members(lang));
    }

    private static void value(JsonGenerator out, String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            if (name == null) {
                out.writeStartObject();
            } else {
                out.writeStartObject(name);
            }
            map.forEach((k, v) -> value(out, String.valueOf(k), v));
            out.writeEnd();
        } else if (value instanceof Collection<?> list) {
            if (name == null) {
                out.writeStartArray();
            } else {
                out.writeStartArray(name);
            }
            list.forEach(v -> value(out, null, v));
            out.writeEnd();
        } else if (name == null) {
            scalar(out, value);
        } else {
            out.writeKey(name);
            scalar(out, value);
        }
    }

    private static void scalar(JsonGenerator out, Object value) {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof Boolean b) {
            out.write(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.write(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            out.write(d);
        } else if (value instanceof Number n) {
            out.write(n.doubleValue());
        } else {
            out.write(String.valueOf(value));
        }
    }
}
