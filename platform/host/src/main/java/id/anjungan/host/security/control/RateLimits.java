package id.anjungan.host.security.control;

import id.anjungan.host.collections.LongIntTable;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code limit} events per key per window (fixed windows: cheap, and strict enough against probing). The
 * window's keys are 64-bit hashes in a table of primitives, so counting an event creates no object: a map of strings
 * kept every key of the minute alive through dozens of young collections, which copied them each time.
 */
public final class RateLimits {

    private final int limit;
    private final long windowSeconds;
    private long window = Long.MIN_VALUE;
    private final LongIntTable counts = new LongIntTable(1 << 10);

    /** {@code limit} events per key and minute. */
    public RateLimits(int limit) {
        this(limit, Duration.ofMinutes(1));
    }

    public RateLimits(int limit, Duration window) {
        if (limit < 1 || window.getSeconds() < 1) {
            throw new IllegalArgumentException("a limit of at least 1 per at least a second: " + limit + "/" + window);
        }
        this.limit = limit;
        this.windowSeconds = window.getSeconds();
    }

    /** Counts one event; {@code false} when the key has used up this window. */
    public boolean allow(String key, Instant now) {
        return retryAfter(key, now) == 0;
    }

    /**
     * Counts one event; 0 when allowed, else the whole seconds until the key's window ends (at least 1), as the
     * {@code Retry-After} header wants them. A refused event is not counted.
     */
    public synchronized long retryAfter(String key, Instant now) {
        long seconds = now.getEpochSecond();
        long thisWindow = Math.floorDiv(seconds, windowSeconds);
        if (thisWindow != window) {
            window = thisWindow;
            counts.clear();
        }
        if (counts.increment(hash(key), limit + 1) <= limit) {
            return 0;
        }
        return Math.max(1, (thisWindow + 1) * windowSeconds - seconds);
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
