package id.anjungan.host.sync;

import java.time.Instant;
import java.util.List;

/**
 * Consecutive entries of one kiosk's audit chain, from {@code entries.get(0).sequence()}. The city stores them per
 * origin keyed by (kiosk, sequence), checks each hash against the one before, and anchors the origin's contiguous
 * head in its own chain.
 */
public record AuditBatch(String kiosk, List<Entry> entries) {

    /** One entry exactly as the kiosk chained it (its hash covers every field). */
    public record Entry(long sequence, Instant recorded, String actor, String action, String subject, String detail,
                        String subjectKey, String hash) {
    }
}
