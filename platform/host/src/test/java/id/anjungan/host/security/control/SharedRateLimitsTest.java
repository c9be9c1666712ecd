package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.grid.MemorySharedMap;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Limits counted on the data grid, as two city nodes share them. */
class SharedRateLimitsTest {

    private static final Instant NOON = Instant.parse("2026-11-23T05:00:00Z");
    private final MemorySharedMap<Long> grid = new MemorySharedMap<>();

    @Test
    void attemptsSpreadOverTwoNodesCountAsOne() {
        RateLimits node1 = new RateLimits(5).share(grid, "login-account");
        RateLimits node2 = new RateLimits(5).share(grid, "login-account");
        for (int i = 0; i < 5; i++) {
            assertTrue((i % 2 == 0 ? node1 : node2).allow("psm", NOON.plusSeconds(i)), "attempt " + i);
        }
        assertEquals(50, node2.retryAfter("psm", NOON.plusSeconds(10)));
        assertFalse(node1.allow("psm", NOON.plusSeconds(11)));
        assertTrue(node1.allow("tksk", NOON.plusSeconds(11)), "other keys go on");
        assertTrue(node2.allow("psm", NOON.plusSeconds(60)), "the next minute");
    }

    @Test
    void limitsOfDifferentNamesAreCountedApart() {
        RateLimits accounts = new RateLimits(1).share(grid, "login-account");
        RateLimits sources = new RateLimits(1).share(grid, "login-source");
        assertTrue(accounts.allow("x", NOON));
        assertTrue(sources.allow("x", NOON));
    }

    @Test
    void theGridHoldsNoKeyInClear() {
        new RateLimits(20).share(grid, "status-nik").allow("3374014101800003", NOON);
        assertFalse(grid.entries().keySet().iterator().next().contains("3374014101800003"));
    }

    /** Compare-and-set: concurrent nodes lose no count (get-then-put lost 531 of 2,000 on the real grid). */
    @Test
    void concurrentCountsAreExact() throws Exception {
        RateLimits node1 = new RateLimits(1500).share(grid, "n");
        RateLimits node2 = new RateLimits(1500).share(grid, "n");
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] work = new Future<?>[4];
            for (int t = 0; t < 4; t++) {
                RateLimits node = t % 2 == 0 ? node1 : node2;
                work[t] = pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        allowed.addAndGet(node.allow("k", NOON) ? 1 : 0);
                    }
                });
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1500, allowed.get());
    }

    /** A grid that does not answer costs no request: the node counts alone meanwhile. */
    @Test
    void aSilentGridFallsBackToCountingOnThisNode() {
        RateLimits node = new RateLimits(2).share(grid, "login-account");
        grid.silent = true;
        assertTrue(node.allow("psm", NOON));
        assertTrue(node.allow("psm", NOON));
        assertFalse(node.allow("psm", NOON));
    }
}
