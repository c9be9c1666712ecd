package id.anjungan.host.collections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LongIntTableTest {

    @Test
    void keepsEveryKeyAndItsFirstValueAcrossGrowth() {
        LongIntTable table = new LongIntTable(4);
        for (int i = 1; i <= 50_000; i++) {
            assertEquals(0, table.putIfAbsent(i * 7_919L, i));
        }
        for (int i = 1; i <= 50_000; i++) {
            assertEquals(i, table.putIfAbsent(i * 7_919L, -1), "the value it was first given");
        }
        assertEquals(50_000, table.size());
        long[] keys = table.keys();
        Arrays.sort(keys);
        assertArrayEquals(LongStream.rangeClosed(1, 50_000).map(i -> i * 7_919L).toArray(), keys);
    }

    @Test
    void incrementsUpToTheCap() {
        LongIntTable table = new LongIntTable(8);
        assertEquals(1, table.increment(42, 3));
        assertEquals(2, table.increment(42, 3));
        assertEquals(3, table.increment(42, 3));
        assertEquals(3, table.increment(42, 3));
        assertEquals(1, table.increment(43, 3));
    }

    @Test
    void clearForgetsEverythingAndTheTableStillWorks() {
        LongIntTable table = new LongIntTable(8);
        for (long k = 1; k <= 10_000; k++) {
            table.increment(k, 5);
        }
        table.clear();
        assertEquals(0, table.size());
        assertEquals(0, table.keys().length);
        assertEquals(1, table.increment(9_999, 5), "counted afresh");
        table.clear();
        assertEquals(0, table.putIfAbsent(9_999, 7));
    }

    @Test
    void zeroIsNoKey() {
        assertThrows(IllegalArgumentException.class, () -> new LongIntTable(8).increment(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LongIntTable(6));
    }
}
