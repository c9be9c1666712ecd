package id.anjungan.host.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small JSON columns (form data, details) written and read with JSON-B. */
public final class JsonText {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type MAP = new LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    private JsonText() {
    }

    public static String write(Object value) {
        return value == null ? null : JSONB.toJson(value);
    }

    public static Map<String, String> readMap(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return JSONB.fromJson(json, MAP);
    }
}
