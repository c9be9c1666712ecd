package id.anjungan.host.recipients.control;

import java.util.Map;

/**
 * The program-specific columns of a row as a JSON object of strings, written by hand: JSON-B per row was a visible
 * part of a million-row import. {@code JsonText.readMap} reads it back.
 */
final class FieldsJson {

    private FieldsJson() {
    }

    /** {@code null} when there are no fields. */
    static String write(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder(32 * fields.size()).append('{');
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, e.getKey()).append(':');
            string(json, e.getValue());
        }
        return json.append('}').toString();
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                json.append("\\u").append(String.format("%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}
