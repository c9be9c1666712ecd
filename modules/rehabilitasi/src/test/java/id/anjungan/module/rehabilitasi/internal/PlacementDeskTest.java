package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.CaseRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PlacementDeskTest {

    private static final String SAMEKTO = "samekto-karti";
    private static final String QUOTA = "REHSOS:panti:" + SAMEKTO;

    // the desk's mechanics on a registry of their own, so the default places and categories may change
    private final Fixture f = new Fixture(Map.of("panti", new String[] {
        "samekto-karti|Panti Contoh A|Kabupaten Pemalang|PGOT,LANSIA|5|2026-11-30",
        "salam-sari|Panti Contoh B|Boja, Kabupaten Kendal|DISABILITAS|5|2026-11-30"}));

    @RepeatedTest(5)
    void theQuotaIsNeverExceededUnderConcurrentPlacementsAndReleases() throws Exception {
        List<CaseRecord> reports = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reports.add(f.handled());
        }
        AtomicBoolean exceeded = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                if (f.p.counters.holders(QUOTA).size() > 5) {
                    exceeded.set(true);
                }
            }
        });
        watcher.start();
        AtomicInteger placed = new AtomicInteger();
        ConcurrentLinkedQueue<String> released = new ConcurrentLinkedQueue<>();
        runTogether(40, i -> {
            Map<String, Object> answer = f.place(reports.get(i).tracking(), SAMEKTO, "PGOT");
            if ((Boolean) answer.get("placed")) {
                placed.incrementAndGet();
                if (i % 2 == 0) {
                    f.op("keluar-panti", Map.of("tracking", reports.get(i).tracking(), "reason", "PULIH",
                            "note", "Sudah mandiri, kembali bekerja"));
                    released.add(reports.get(i).tracking());
                }
            }
        });
        done.set(true);
        watcher.join();

        List<String> holders = f.p.counters.holders(QUOTA);
        List<String> waiting = f.p.counters.waiting(QUOTA);
        assertTrue(!exceeded.get() && holders.size() <= 5, "never more than the quota");
        assertEquals(5, holders.size(), "every freed place went to the next in line");
        assertEquals(40 - released.size(), holders.size() + waiting.size());
        for (String tracking : holders) {
            assertEquals("ditempatkan", f.state(tracking));
        }
        for (String tracking : waiting) {
            assertEquals("menunggu-panti", f.state(tracking));
        }
        for (String tracking : released) {
            assertEquals("pemantauan", f.state(tracking));
        }
    }

    @Test
    void theWaitingListIsServedInOrder() {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String tracking = f.handled().tracking();
            order.add(tracking);
            Map<String, Object> answer = f.place(tracking, SAMEKTO, "LANSIA");
            assertEquals(i < 5, answer.get("placed"));
            assertEquals(i < 5 ? 0 : i - 4, answer.get("waitingPosition"));
        }
        assertEquals(order.subList(5, 8), f.p.counters.waiting(QUOTA));

        for (int i = 0; i < 3; i++) {
            Map<String, Object> answer = f.op("keluar-panti", Map.of("tracking", order.get(i), "reason", "KELUARGA",
                    "note", "Keluarga di Demak ditemukan"));
            assertEquals(order.get(5 + i), answer.get("promoted"));
            assertEquals("ditempatkan", f.state(order.get(5 + i)));
            assertTrue(f.p.cases.find(order.get(5 + i)).orElseThrow().history().stream()
                    .anyMatch(s -> s.note().contains("dari antrean")));
        }
        assertTrue(f.p.counters.waiting(QUOTA).isEmpty());
        assertNull(f.op("keluar-panti", Map.of("tracking", order.get(3), "reason", "PULIH",
                "note", "Sudah pulih")).get("promoted"));
        assertEquals(4, f.p.counters.holders(QUOTA).size());
    }

    @Test
    void leavingTheWaitingListKeepsTheOthersInOrder() {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            order.add(f.handled().tracking());
            f.place(order.get(i), SAMEKTO, "PGOT");
        }
        f.op("batal-antre", Map.of("tracking", order.get(6), "note", "Keluarga menjemput"));
        assertEquals("ditangani", f.state(order.get(6)));
        assertEquals(List.of(order.get(5), order.get(7)), f.p.counters.waiting(QUOTA));
        assertEquals(order.get(5), f.op("keluar-panti", Map.of("tracking", order.get(0), "reason", "PULIH",
                "note", "Sudah pulih")).get("promoted"));
    }

    @Test
    void aGenericCloseStillFreesThePlace() {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            order.add(f.handled().tracking());
            f.place(order.get(i), SAMEKTO, "PGOT");
        }
        CaseRecord closed = f.p.cases.transition(order.get(2), "tutup", "Kabur dari panti", Fixture.TKSK);
        f.program.transitioned(closed, f.program.descriptor().workflow("penanganan").orElseThrow()
                .transition("ditempatkan", "tutup").orElseThrow(), Fixture.TKSK);
        assertEquals("ditempatkan", f.state(order.get(5)));
        assertTrue(!f.p.counters.holders(QUOTA).contains(order.get(2)));
    }

    @Test
    void aReportTakesOnePlaceOnly() {
        String tracking = f.handled().tracking();
        f.place(tracking, SAMEKTO, "PGOT");
        CaseRecord again = f.p.cases.transition(tracking, "rujuk", "", Fixture.TKSK);
        assertEquals("already-in-quota", assertThrows(ProgramException.class,
                () -> f.place(again.tracking(), "salam-sari", "DISABILITAS")).reason().code());
        assertEquals("wrong-state", assertThrows(ProgramException.class,
                () -> f.place(f.report("dilaporkan", Map.of()).tracking(), SAMEKTO, "PGOT")).reason().code());
    }

    @Test
    void leavingByDeathClosesTheCaseWithoutMonitoring() {
        String tracking = f.handled().tracking();
        f.place(tracking, SAMEKTO, "LANSIA");
        Map<String, Object> answer = f.op("keluar-panti", Map.of("tracking", tracking, "reason", "MENINGGAL",
                "note", "Meninggal karena sakit tua"));
        assertEquals("ditutup", answer.get("state"));
        assertEquals(List.of(), answer.get("visits"));
        assertEquals(Set.of(), Set.copyOf(f.p.counters.holders(QUOTA)));
    }

    interface Task {
        void run(int index) throws Exception;
    }

    static void runTogether(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await();
                task.run(index);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
