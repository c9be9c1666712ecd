package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** Asserts an operation answer is made only of values the host can write as JSON. */
final class JsonLike {

    private JsonLike() {
    }

    static void check(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertTrue(k instanceof String, "key " + k);
                check(v);
            });
        } else if (value instanceof id.anjungan.spi.PrintableDocument) {
            return; // the host writes it in its JSON form
        } else if (value instanceof List<?> list) {
            list.forEach(JsonLike::check);
        } else {
            assertTrue(value == null || value instanceof String || value instanceof Number || value instanceof Boolean,
                    "not JSON-like: " + value.getClass());
        }
    }
}
