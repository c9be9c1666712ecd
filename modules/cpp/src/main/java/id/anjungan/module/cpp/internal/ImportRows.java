package id.anjungan.module.cpp.internal;

import id.anjungan.spi.ProgramException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads the household rows an import sends (cells as text, numbers as written); the operations' own fields are read
 * with {@link id.anjungan.spi.OperationInput}.
 */
final class ImportRows {

    private ImportRows() {
    }

    /** A trimmed text, or {@code null} when absent or blank. */
    static String text(Map<String, ?> input, String key) {
        Object v = input.get(key);
        if (v == null) {
            return null;
        }
        String s = (v instanceof BigDecimal n ? n.toPlainString() : v.toString()).strip();
        return s.isEmpty() ? null : s;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, ?> input, String key, int max) {
        if (!(input.get(key) instanceof List<?> list) || list.isEmpty()
                || !list.stream().allMatch(r -> r instanceof Map)) {
            throw ProgramException.of("invalid-" + key, "Daftar rumah tangga kosong atau tidak terbaca.",
                    "The household list is empty or unreadable.");
        }
        if (list.size() > max) {
            throw ProgramException.of("too-many-" + key, "Paling banyak " + max + " baris sekali impor.",
                    "At most " + max + " rows per import.");
        }
        return (List<Map<String, Object>>) list;
    }
}
