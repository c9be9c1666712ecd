package id.anjungan.host.status.control;

import id.anjungan.host.collections.LongIntTable;
import java.time.Instant;

/**
 * At most {@code limit} events per key per minute (a fixed window: cheap, and strict enough against probing). The
 * minute's keys are 64-bit hashes in a table of primitives, so counting an event creates no object: a map of strings
 * kept every key of the minute alive through dozens of young collections, which copied them each time.
 */
public final class RateLimits {

    private final int limit;
    private long minute = Long.MIN_VALUE;
    private final LongIntTable counts = new LongIntTable(1 << 10);

    public RateLimits(int limit) {
        this.limit = limit;
    }

    /** Counts one event; {@code false} when the key has used up this minute. */
    public synchronized boolean allow(String key, Instant now) {
        long thisMinute = now.getEpochSecond() / 60;
        if (thisMinute != minute) {
            minute = thisMinute;
            counts.clear();
        }
        return counts.increment(hash(key), limit + 1) <= limit;
    }

    /** 64-bit FNV-1a, mixed; never 0 (an empty slot). Two keys of one minute sharing a hash: about 1 in 10^10. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
