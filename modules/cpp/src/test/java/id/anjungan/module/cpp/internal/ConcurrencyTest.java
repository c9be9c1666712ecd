package id.anjungan.module.cpp.internal;

import static id.anjungan.module.cpp.internal.Fixture.PSM;
import static id.anjungan.module.cpp.internal.Fixture.kk;
import static id.anjungan.module.cpp.internal.Fixture.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcurrencyTest {

    private final Fixture f = new Fixture();

    /** Runs {@code attempts} claims at once from different desks; answers "won", "claimed" or an error code. */
    private List<String> race(int attempts, IntFunction<Map<String, Object>> input) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Map<String, Object> in = new java.util.HashMap<>(input.apply(i));
            in.put("proof", "TANDA_TANGAN");
            Actor desk = new Actor("psm" + i, "PSM " + i, Role.PSM, null);
            Callable<String> attempt = () -> {
                start.await();
                try {
                    return (Boolean) ((Map<?, ?>) f.program.operate("claim", in, desk)).get("handedOver")
                            ? "won" : "claimed";
                } catch (ProgramException e) {
                    return e.reason().code();
                }
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> r : results) {
            outcomes.add(r.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return outcomes;
    }

    @Test
    void oneHouseholdAtManyDesksAtTheSameSecondHasExactlyOneWinner() throws Exception {
        String event = f.event(3, 100);
        String qr = (String) ((List<Map<?, ?>>) f.op("invitations", PSM, "eventId", event).get("invitations"))
                .stream().filter(c -> c.get("name").equals("Warga 102")).findFirst().orElseThrow().get("qr");
        List<String> outcomes = race(64, i -> switch (i % 3) {
            case 0 -> Map.of("eventId", event, "nik", nik(102));
            case 1 -> Map.of("eventId", event, "kk", kk(102));
            default -> Map.of("eventId", event, "qr", qr);
        });
        assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
        assertEquals(63, outcomes.stream().filter("claimed"::equals).count(), outcomes.toString());
        assertEquals(90L, f.op("report", PSM, "eventId", event).get("remainingKg"), "stock taken exactly once");
        assertEquals(List.of(kk(102)), f.platform.counters.claims("CPP|" + event));
    }

    @ParameterizedTest(name = "{0} households, stock for {1}")
    @CsvSource({"40, 25", "30, 30", "20, 0", "10, 15"})
    void stockNeverGoesBelowZeroAndEveryKiloIsAccountedFor(int households, int shares) throws Exception {
        String event = f.event(households, shares * 10);
        AtomicBoolean negative = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (f.platform.counters.value("CPP|" + event + "|remaining") < 0) {
                    negative.set(true);
                }
            }
        });
        watcher.start();
        List<String> outcomes = race(households, i -> Map.of("eventId", event, "kk", kk(101 + i)));
        watcher.interrupt();
        watcher.join();
        long won = outcomes.stream().filter("won"::equals).count();
        assertEquals(Math.min(households, shares), won, outcomes.toString());
        assertEquals(households - won, outcomes.stream().filter("stock-empty"::equals).count());
        Map<String, Object> report = f.op("report", PSM, "eventId", event);
        assertEquals(won * 10, report.get("handedOutKg"));
        assertEquals(shares * 10L - won * 10, report.get("remainingKg"));
        assertEquals((int) won, report.get("claimedHouseholds"));
        assertTrue(!negative.get(), "remaining stock was seen below zero");
    }

    @Test
    void newStockLetsTheQueueContinue() {
        String event = f.event(3, 10);
        assertEquals(true, f.op("claim", PSM, "eventId", event, "kk", kk(101)).get("handedOver"));
        Map<String, Object> in = new HashMap<>(Map.of("eventId", event, "kk", kk(102), "proof", "FOTO"));
        assertEquals("stock-empty", org.junit.jupiter.api.Assertions.assertThrows(ProgramException.class,
                () -> f.program.operate("claim", in, PSM)).reason().code());
        f.program.operate("receive-stock", Map.of("eventId", event, "kg", BigDecimal.valueOf(20)), PSM);
        assertEquals(true, f.op("claim", PSM, "eventId", event, "kk", kk(102)).get("handedOver"));
        assertEquals(10L, f.op("report", PSM, "eventId", event).get("remainingKg"));
    }
}
