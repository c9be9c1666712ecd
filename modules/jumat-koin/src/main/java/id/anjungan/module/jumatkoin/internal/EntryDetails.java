package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.platform.LedgerEntry;
import id.anjungan.spi.platform.ProgramStore;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a ledger entry is about (collection date, box, witnesses; purpose, payee, kelurahan, cause), kept in the
 * program store under {@code entry/<ledger>/<sequence>/<field>} beside the entry, whose memo says the same in words.
 * Entries recorded before the store packed these fields into their memo; those are read from it.
 */
final class EntryDetails {

    private final ProgramStore store;
    private final String ledger;

    EntryDetails(ProgramStore store, String ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    void keep(LedgerEntry entry, Map<String, String> fields) {
        Map<String, String> keyed = new LinkedHashMap<>();
        fields.forEach((field, value) -> keyed.put(prefix(entry.sequence()) + field, value));
        store.putAll(keyed);
    }

    Map<String, String> of(LedgerEntry entry) {
        String prefix = prefix(entry.sequence());
        Map<String, String> fields = new LinkedHashMap<>();
        store.withPrefix(prefix).forEach((key, value) -> fields.put(key.substring(prefix.length()), value));
        return fields.isEmpty() ? Memo.parse(entry.memo()) : fields;
    }

    /** The details of every entry of the ledger, read at once. */
    Function<LedgerEntry, Map<String, String>> all() {
        String root = "entry/" + ledger + "/";
        Map<Long, Map<String, String>> bySequence = new HashMap<>();
        store.withPrefix(root).forEach((key, value) -> {
            String rest = key.substring(root.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && rest.substring(0, slash).chars().allMatch(Character::isDigit)) {
                bySequence.computeIfAbsent(Long.parseLong(rest.substring(0, slash)), s -> new LinkedHashMap<>())
                        .put(rest.substring(slash + 1), value);
            }
        });
        return e -> bySequence.containsKey(e.sequence()) ? bySequence.get(e.sequence()) : Memo.parse(e.memo());
    }

    private String prefix(long sequence) {
        return "entry/" + ledger + "/" + sequence + "/";
    }
}
