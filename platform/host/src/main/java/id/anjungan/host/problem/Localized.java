package id.anjungan.host.problem;

import id.anjungan.spi.Text;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns values that may contain {@link Text} into JSON-ready values in one language. */
public final class Localized {

    private Localized() {
    }

    public static Object of(Object value, String lang) {
        if (value instanceof Text t) {
            return t.in(lang);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), of(v, lang)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(v -> of(v, lang)).toList();
        }
        return value;
    }
}
