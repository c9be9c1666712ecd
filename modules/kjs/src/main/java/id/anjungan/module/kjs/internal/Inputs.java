package id.anjungan.module.kjs.internal;

import id.anjungan.spi.ProgramException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads operation inputs (JSON decoded as Map, List, String, BigDecimal, Boolean) with readable refusals. */
final class Inputs {

    private Inputs() {
    }

    static String text(Map<String, Object> input, String key) {
        Object v = input == null ? null : input.get(key);
        if (v != null && !(v instanceof String)) {
            throw ProgramException.of("invalid-input", "Isian '" + key + "' harus berupa teks.",
                    "Field '" + key + "' must be text.");
        }
        return v == null || ((String) v).isBlank() ? null : ((String) v).trim();
    }

    static String required(Map<String, Object> input, String key) {
        String v = text(input, key);
        if (v == null) {
            throw ProgramException.of("missing-input", "Isian '" + key + "' wajib diisi.",
                    "Field '" + key + "' is required.");
        }
        return v;
    }

    /** A list of texts under {@code key}, or the single text under {@code single}; duplicates dropped. */
    static Set<String> refs(Map<String, Object> input, String key, String single) {
        Set<String> refs = new LinkedHashSet<>();
        Object v = input == null ? null : input.get(key);
        if (v instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String s) || s.isBlank()) {
                    throw ProgramException.of("invalid-input", "Daftar penerima tidak terbaca.",
                            "The list of recipients is unreadable.");
                }
                refs.add(s.trim());
            }
        } else if (v != null) {
            throw ProgramException.of("invalid-input", "Daftar penerima tidak terbaca.",
                    "The list of recipients is unreadable.");
        }
        String one = text(input, single);
        if (one != null) {
            refs.add(one);
        }
        if (refs.isEmpty()) {
            throw ProgramException.of("no-recipients", "Pilih minimal satu penerima.", "Choose at least one recipient.");
        }
        return refs;
    }
}
