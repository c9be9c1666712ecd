package id.anjungan.host.collections;

import java.util.Arrays;

/**
 * Non-zero long keys with int values in an open-addressing table of primitives: no object per entry, so a million
 * NIKs of an import or a minute's rate-limit keys cost a few megabytes and nothing for the collector to copy.
 * Not thread-safe.
 */
public final class LongIntTable {

    private final int smallest;
    private long[] keys;
    private int[] values;
    private int size;

    /** @param capacity a power of two: the table starts this large and never shrinks below it */
    public LongIntTable(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        smallest = capacity;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** Adds the key with {@code value} (not 0) unless present; returns the value it already had, or 0 when new. */
    public int putIfAbsent(long key, int value) {
        int slot = claim(key);
        if (values[slot] != 0) {
            return values[slot];
        }
        values[slot] = value;
        return 0;
    }

    /** Adds one to the key's value (0 when new), no further than {@code cap}; returns the value. */
    public int increment(long key, int cap) {
        int slot = claim(key);
        if (values[slot] < cap) {
            values[slot]++;
        }
        return values[slot];
    }

    public int size() {
        return size;
    }

    /** The keys, in no particular order. */
    public long[] keys() {
        long[] all = new long[size];
        int n = 0;
        for (long key : keys) {
            if (key != 0) {
                all[n++] = key;
            }
        }
        return all;
    }

    /** Forgets every key, shrinking a table that is mostly empty. */
    public void clear() {
        if (size < keys.length / 8 && keys.length > smallest) {
            keys = new long[Math.max(smallest, Integer.highestOneBit(Math.max(1, size) * 4))];
            values = new int[keys.length];
        } else {
            Arrays.fill(keys, 0);
            Arrays.fill(values, 0);
        }
        size = 0;
    }

    /** The key's slot, taken for it if it is new. */
    private int claim(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("0 marks an empty slot");
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(keys, key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        return slot;
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != 0 && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
