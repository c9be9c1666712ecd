package id.anjungan.host.security.control;

import id.anjungan.host.collections.LongIntTable;
import id.anjungan.host.grid.Grid;
import id.anjungan.host.grid.SharedMap;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code limit} events per key per window (fixed windows: cheap, and strict enough against probing). The
 * window's keys are 64-bit hashes in a table of primitives, so counting an event creates no object: a map of strings
 * kept every key of the minute alive through dozens of young collections, which copied them each time.
 *
 * <p>On the city tier the counts are shared on the data grid ({@link #share}), so a limit holds whichever node
 * answers: each count is a {@code Long} changed by compare-and-set (no class of the WAR on the grid). Shared counts
 * are not exact across failures (a retried request counts twice; a split-brain merge keeps one side's counts), which
 * a rate limit can bear.
 */
public final class RateLimits {

    private final int limit;
    private final long windowSeconds;
    private long window = Long.MIN_VALUE;
    private final LongIntTable counts = new LongIntTable(1 << 10);
    private volatile SharedMap<Long> shared;
    private String name;

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

    /**
     * Counts on the grid from now on, under {@code name} (unique among the host's limits), when there is one.
     *
     * @return this
     */
    public RateLimits share(Grid grid, String name) {
        if (grid != null) {
            grid.<Long>map("anjungan-rate-" + windowSeconds, Duration.ofSeconds(2 * windowSeconds)).ifPresent(map -> {
                this.name = name;
                this.shared = map;
            });
        }
        return this;
    }

    /** Counts on {@code map} (a test's stand-in for the grid). */
    RateLimits share(SharedMap<Long> map, String name) {
        this.name = name;
        this.shared = map;
        return this;
    }

    /** Counts one event; {@code false} when the key has used up this window. */
    public boolean allow(String key, Instant now) {
        return retryAfter(key, now) == 0;
    }

    /**
     * Counts one event; 0 when allowed, else the whole seconds until the key's window ends (at least 1), as the
     * {@code Retry-After} header wants them. A refused event is not counted.
     */
    public long retryAfter(String key, Instant now) {
        SharedMap<Long> map = shared;
        if (map != null) {
            try {
                return sharedRetryAfter(map, key, now);
            } catch (SharedMap.Unavailable gridSilent) {
                // the grid did not answer in time: this node counts alone until it does, rather than hold the request
                // or refuse everyone
            }
        }
        return localRetryAfter(key, now);
    }

    private synchronized long localRetryAfter(String key, Instant now) {
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

    /** A compare-and-set loop on the window's count: exact under concurrent nodes, where get-then-put lost counts. */
    private long sharedRetryAfter(SharedMap<Long> map, String key, Instant now) {
        long seconds = now.getEpochSecond();
        long thisWindow = Math.floorDiv(seconds, windowSeconds);
        String shareKey = name + ":" + thisWindow + ":" + Long.toHexString(hash(key));
        while (true) {
            Long count = map.get(shareKey);
            if (count == null ? map.putIfAbsent(shareKey, 1L) : count < limit && map.replace(shareKey, count, count + 1)) {
                return 0;
            }
            if (count != null && count >= limit) {
                return Math.max(1, (thisWindow + 1) * windowSeconds - seconds);
            }
        }
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
