package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.platform.LedgerEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Follows reversing entries back to what they cancel; a reversal may itself be cancelled. */
final class LedgerHistory {

    private final Map<Long, LedgerEntry> bySequence = new HashMap<>();
    private final Map<Long, LedgerEntry> reversalOf = new HashMap<>();

    LedgerHistory(List<LedgerEntry> entries) {
        for (LedgerEntry e : entries) {
            bySequence.put(e.sequence(), e);
            if (e.reverses() > 0) {
                reversalOf.put(e.reverses(), e);
            }
        }
    }

    /** The collection or disbursement an entry finally belongs to. */
    LedgerEntry origin(LedgerEntry entry) {
        LedgerEntry origin = entry;
        while (origin.reverses() > 0 && bySequence.containsKey(origin.reverses())) {
            origin = bySequence.get(origin.reverses());
        }
        return origin;
    }

    /** Whether an entry is cancelled by a reversal that is not itself cancelled. */
    boolean reversed(LedgerEntry entry) {
        LedgerEntry reversal = reversalOf.get(entry.sequence());
        return reversal != null && !reversed(reversal);
    }
}
