package id.anjungan.host.recipients.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.Map;

/**
 * The program-specific columns of a row as a JSON object of strings, written with a JSON-P generator from one
 * shared factory (JSON-B per row was a visible part of a million-row import). {@code JsonText.readMap} reads it back.
 */
final class FieldsJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private FieldsJson() {
    }

    /** {@code null} when there are no fields. */
    static String write(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        StringWriter json = new StringWriter(32 * fields.size());
        try (JsonGenerator out = GENERATORS.createGenerator(json)) {
            out.writeStartObject();
            fields.forEach(out::write);
            out.writeEnd();
        }
        return json.toString();
    }
}
