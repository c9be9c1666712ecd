package id.anjungan.host.recipients.control;

/**
 * The NIKs seen so far in one file with the line each was first seen on: an open-addressing table of primitive
 * longs, so that deduplicating a million rows costs a few megabytes instead of a million boxed strings.
 */
final class NikSet {

    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /** Adds a NIK (16 digits, never 0) first seen on {@code line}; returns the earlier line, or 0 when new. */
    int addIfAbsent(long nik, int line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(keys, nik);
        if (keys[slot] == nik) {
            return lines[slot];
        }
        keys[slot] = nik;
        lines[slot] = line;
        size++;
        return 0;
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
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** The NIKs added, in no particular order. */
    long[] niks() {
        long[] niks = new long[size];
        int n = 0;
        for (long key : keys) {
            if (key != 0) {
                niks[n++] = key;
            }
        }
        return niks;
    }
}
