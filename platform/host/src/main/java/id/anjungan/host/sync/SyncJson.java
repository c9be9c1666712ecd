package id.anjungan.host.sync;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** The bodies as JSON (JSON-B); a body that does not read is refused with {@link IllegalArgumentException}. */
public final class SyncJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private SyncJson() {
    }

    public static String write(Object body) {
        return JSONB.toJson(body);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            T body = JSONB.fromJson(json, type);
            if (body == null) {
                throw new IllegalArgumentException("empty " + type.getSimpleName());
            }
            return body;
        } catch (JsonbException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
