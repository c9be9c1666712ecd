package id.anjungan.module.cpp.internal;

import id.anjungan.spi.Text;
import java.util.Map;

/** Texts as JSON for the module's screens. */
final class Formats {

    private Formats() {
    }

    static Map<String, String> json(Text t) {
        return Map.of("id", t.id(), "en", t.en());
    }
}
