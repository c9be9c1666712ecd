package id.anjungan.host.recipients.control;

import id.anjungan.host.collections.LongIntTable;

/**
 * The NIKs seen so far in one file with the line each was first seen on, as primitives, so that deduplicating a
 * million rows costs a few megabytes instead of a million boxed strings.
 */
final class NikSet {

    private final LongIntTable lines = new LongIntTable(1 << 12);

    /** Adds a NIK (16 digits, never 0) first seen on {@code line}; returns the earlier line, or 0 when new. */
    int addIfAbsent(long nik, int line) {
        return lines.putIfAbsent(nik, line);
    }

    /** The NIKs added, in no particular order. */
    long[] niks() {
        return lines.keys();
    }
}
