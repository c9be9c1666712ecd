package id.anjungan.module.jumatkoin.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ledger memos as entries recorded before the program store wrote them, {@code key=value; key=value}: their details
 * (collection date, box, purpose) are read back out of the memo ({@link EntryDetails} keeps them for newer entries).
 */
final class Memo {

    private Memo() {
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
