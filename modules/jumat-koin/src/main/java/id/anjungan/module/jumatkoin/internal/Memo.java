package id.anjungan.module.jumatkoin.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ledger memos as {@code key=value; key=value}: the ledger keeps only a memo string, yet the public view needs the
 * collection date, the box and the purpose back out of it.
 */
final class Memo {

    private Memo() {
    }

    static String format(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + clean(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    static Map<String, String> parse(String memo) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (memo == null) {
            return fields;
        }
        for (String part : memo.split("; ")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Map.of("teks", memo);
            }
            fields.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return fields;
    }

    /** Strips the separators so free text cannot forge a field. */
    static String clean(String value) {
        return value == null ? "" : value.replaceAll("[;=\\r\\n]+", " ").strip();
    }
}
