package id.anjungan.host.counters.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.spi.platform.Claim;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredCountersTest {

    @TempDir
    Path dir;
    private Database db;
    private StoredCounters counters;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        counters = TestCounters.on(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void manyDesksClaimingOneHouseholdGiveOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Claim>> claims = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String desk = "desk-" + i;
            claims.add(pool.submit(() -> counters.claimOnce("CPP:event-1", "3374011234560001", desk,
                    Map.of("place", desk))));
        }
        List<Claim> results = new ArrayList<>();
        for (Future<Claim> f : claims) {
            results.add(f.get());
        }
        pool.shutdown();
        List<Claim> winners = results.stream().filter(Claim::won).toList();
        assertEquals(1, winners.size());
        String winner = winners.get(0).by();
        assertTrue(results.stream().filter(c -> !c.won()).allMatch(c -> c.by().equals(winner)
                && c.details().get("place").equals(winner)), "losers learn who claimed first");
    }

    @Test
    void stockNeverGoesNegativeUnderConcurrency() throws Exception {
        counters.add("stock", 100, 0, Long.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> takes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            takes.add(pool.submit(() -> counters.add("stock", -10, 0, Long.MAX_VALUE).isPresent()));
        }
        long granted = 0;
        for (Future<Boolean> f : takes) {
            granted += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(10, granted);
        assertEquals(0, counters.value("stock"));
    }

    @Test
    void quotaIsNeverExceededAndTheWaitingListIsServedInOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> asks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String person = "p" + i;
            asks.add(pool.submit(() -> counters.reserve("panti-salam-sari", 5, person)));
        }
        for (Future<?> f : asks) {
            f.get();
        }
        pool.shutdown();
        assertEquals(5, counters.holders("panti-salam-sari").size());
        List<String> waiting = counters.waiting("panti-salam-sari");
        assertEquals(7, waiting.size());
        assertEquals(2, counters.reserve("panti-salam-sari", 5, waiting.get(1)).waitingPosition());

        String leaving = counters.holders("panti-salam-sari").get(0);
        assertEquals(waiting.get(0), counters.release("panti-salam-sari", 5, leaving).orElseThrow());
        assertEquals(waiting.subList(1, waiting.size()), counters.waiting("panti-salam-sari"));
        assertFalse(counters.holders("panti-salam-sari").contains(leaving));
        assertEquals(5, counters.holders("panti-salam-sari").size());
    }
}
