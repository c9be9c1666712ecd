package id.anjungan.host.status.control;

import java.time.Instant;
import java.util.Arrays;

/**
 * At most {@code limit} events per key per minute (a fixed window: cheap, and strict enough against probing). The
 * minute's keys are 64-bit hashes in a table of primitives, so counting an event creates no object: a map of strings
 * kept every key of the minute alive through dozens of young collections, which copied them each time.
 */
public final class RateLimits {

    private static final int SMALLEST = 1 << 10;

    private final int limit;
    private long minute = Long.MIN_VALUE;
    private long[] keys = new long[SMALLEST];
    private int[] counts = new int[SMALLEST];
    private int size;

    public RateLimits(int limit) {
        this.limit = limit;
    }

    /** Counts one event; {@code false} when the key has used up this minute. */
    public synchronized boolean allow(String key, Instant now) {
        long thisMinute = now.getEpochSecond() / 60;
        if (thisMinute != minute) {
            minute = thisMinute;
            forgetAll();
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        long hash = hash(key);
        int slot = slot(keys, hash);
        if (keys[slot] == 0) {
            keys[slot] = hash;
            size++;
        }
        if (counts[slot] <= limit) {
            counts[slot]++;
        }
        return counts[slot] <= limit;
    }

    private void forgetAll() {
        if (size < keys.length / 8 && keys.length > SMALLEST) {
            keys = new long[Math.max(SMALLEST, Integer.highestOneBit(size * 4))];
            counts = new int[keys.length];
        } else {
            Arrays.fill(keys, 0);
            Arrays.fill(counts, 0);
        }
        size = 0;
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

    private static int slot(long[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) hash & mask;
        while (table[i] != 0 && table[i] != hash) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
