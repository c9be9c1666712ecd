package id.anjungan.module.jumatkoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisbursementDeskTest {

    private final Fixture f = new Fixture();

    @Test
    void concurrentPayoutsNeverExceedTheBalance() throws Exception {
        f.collect(f.p.clock.today().toString(), 1_000_000);
        List<CaseRecord> requests = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            requests.add(f.verified("BERAT", 300_000));
        }
        AtomicInteger paid = new AtomicInteger();
        Map<String, String> refusals = new ConcurrentHashMap<>();
        runTogether(requests.size(), i -> {
            try {
                f.approve(requests.get(i).tracking(), 300_000);
                paid.incrementAndGet();
            } catch (ProgramException e) {
                refusals.put(requests.get(i).tracking(), e.reason().code());
            }
        });

        assertEquals(3, paid.get());
        assertEquals(100_000, f.p.ledger.balance("JUMATKOIN"));
        assertEquals(f.sumOfEntries(), f.p.ledger.balance("JUMATKOIN"));
        assertEquals(21, refusals.size());
        assertTrue(refusals.values().stream().allMatch("insufficient-balance"::equals), refusals.toString());
        for (String tracking : refusals.keySet()) {
            assertEquals("diverifikasi", f.p.cases.find(tracking).orElseThrow().state(), "refused stays unpaid");
        }
        assertEquals(3, f.p.cases.list("JUMATKOIN", null, "dibayar").size());
        assertTrue(f.p.ledger.verify("JUMATKOIN").intact());
    }

    @Test
    void oneRequestIsPaidOnceEvenWhenApprovedFromManyDesksAtOnce() throws Exception {
        f.collect(f.p.clock.today().toString(), 10_000_000);
        CaseRecord request = f.verified("BERAT", 2_000_000);
        AtomicInteger paid = new AtomicInteger();
        runTogether(16, i -> {
            try {
                f.approve(request.tracking(), 2_000_000);
                paid.incrementAndGet();
            } catch (ProgramException refused) {
                // every other desk is told it is being or has been paid
            }
        });
        assertEquals(1, paid.get());
        assertEquals(8_000_000, f.p.ledger.balance("JUMATKOIN"));
    }

    @Test
    void aRefusedPayoutCanBeApprovedOnceTheFundHasGrown() {
        f.collect(f.p.clock.today().toString(), 500_000);
        CaseRecord request = f.verified("BERAT", 2_000_000);
        ProgramException refused = assertThrows(ProgramException.class,
                () -> f.approve(request.tracking(), 800_000));
        assertEquals("insufficient-balance", refused.reason().code());
        assertTrue(refused.reason().message().id().contains("Rp500.000"));
        assertEquals(1, f.p.ledger.entries("JUMATKOIN").size(), "nothing was written");

        f.collect(f.p.clock.today().minusDays(1).toString(), 300_000);
        assertEquals("dibayar", f.approve(request.tracking(), 800_000).get("state"));
        assertEquals(0, f.p.ledger.balance("JUMATKOIN"));
    }

    @Test
    void thePayoutShowsInTheFamilysHistoryAndOnThePublicBoardWithoutPersonalData() {
        f.collect(f.p.clock.today().toString(), 5_000_000);
        CaseRecord request = f.verified("BERAT", 4_000_000);
        f.approve(request.tracking(), 3_500_000);

        CaseRecord paid = f.p.cases.find(request.tracking()).orElseThrow();
        assertEquals("dibayar", paid.state());
        assertEquals("3500000", paid.data().get("disbursedAmount"));
        assertTrue(paid.history().stream().anyMatch(s -> s.note().contains("Rp3.500.000")));

        Map<String, Object> kas = f.op("kas", Map.of(), null);
        assertEquals(1_500_000L, kas.get("balance"));
        Map<?, ?> row = (Map<?, ?>) ((List<?>) kas.get("disbursements")).get(0);
        assertEquals(3_500_000L, row.get("amount"));
        assertEquals("Miroto", row.get("kelurahan"));
        assertEquals("KEBAKARAN", row.get("cause"));
        String everything = kas.toString();
        assertFalse(everything.contains(request.data().get("nik")));
        assertFalse(everything.contains(request.data().get("address")));
        assertFalse(everything.contains(request.tracking()));
        assertFalse(everything.contains("Saksi"), "witness names stay on the staff desk");
    }

    /** Who received the money is recorded for the family's case; the public board shows only the kind of payee. */
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(nullValues = "-", value = {
        "TOKO,     Toko Bangunan Sinar Jaya, -",
        "tukang,   Pak Darsono,              -",
        "KELUARGA, Ibu Wati Handayani,       -",
        "-,        Toko Bangunan Sinar Jaya, missing-payeeKind",
        "BANK,     Toko Bangunan Sinar Jaya, invalid-payeeKind",
        "TOKO,     -,                        missing-payee",
        "TOKO,     Ab,                       invalid-payee",
    })
    void aPayoutNamesItsPayee(String kind, String payee, String refusal) {
        f.collect(f.p.clock.today().toString(), 5_000_000);
        CaseRecord request = f.verified("BERAT", 1_000_000);
        Map<String, Object> input = new HashMap<>(Map.of("tracking", request.tracking(),
                "amount", BigDecimal.valueOf(1_000_000), "purpose", "Perbaikan atap rumah korban kebakaran"));
        Optional.ofNullable(kind).ifPresent(k -> input.put("payeeKind", k));
        Optional.ofNullable(payee).ifPresent(p -> input.put("payee", p));
        if (refusal != null) {
            assertEquals(refusal, assertThrows(ProgramException.class,
                    () -> f.op("setujui-pencairan", input, Fixture.CAMAT)).reason().code());
            assertEquals(5_000_000, f.p.ledger.balance("JUMATKOIN"), "nothing leaves the fund");
            return;
        }
        f.op("setujui-pencairan", input, Fixture.CAMAT);
        Map<String, String> facts = f.p.cases.find(request.tracking()).orElseThrow().data();
        assertEquals(kind.toUpperCase(), facts.get("disbursedPayeeKind"));
        assertEquals(payee, facts.get("disbursedPayee"));
        Map<?, ?> row = (Map<?, ?>) ((List<?>) ((Map<?, ?>) f.program.operate("kas", Map.of(), Actor.resident()))
                .get("disbursements")).get(0);
        assertEquals(kind.toUpperCase(), row.get("paidTo"));
        assertFalse(row.toString().contains(payee), "the payee's name stays off the public board: " + row);
    }

    @Test
    void passingOverAMoreUrgentRequestNeedsAReason() {
        f.collect(f.p.clock.today().toString(), 5_000_000);
        f.verified("BERAT", 1_000_000);
        CaseRecord lighter = f.verified("RINGAN", 1_000_000);
        ProgramException refused = assertThrows(ProgramException.class, () -> f.op("setujui-pencairan",
                Map.of("tracking", lighter.tracking(), "amount", BigDecimal.valueOf(500_000),
                        "payeeKind", "TOKO", "payee", "Toko Bangunan Sinar Jaya",
                "purpose", "Perbaikan pintu dan jendela rumah"), Fixture.CAMAT));
        assertEquals("justification-needed", refused.reason().code());

        f.approve(lighter.tracking(), 500_000);
        assertTrue(f.p.cases.find(lighter.tracking()).orElseThrow().history().stream()
                .anyMatch(s -> s.note().contains("Didahulukan dari urutan prioritas")));
    }

    @Test
    void refusesRequestsNotSurveyedAndPurposesCarryingIdentity() {
        f.collect(f.p.clock.today().toString(), 5_000_000);
        CaseRecord unsurveyed = f.request(Map.of());
        assertEquals("not-approvable", assertThrows(ProgramException.class,
                () -> f.approve(unsurveyed.tracking(), 100_000)).reason().code());
        CaseRecord request = f.verified("BERAT", 1_000_000);
        assertEquals("personal-data-in-purpose", assertThrows(ProgramException.class, () -> f.op("setujui-pencairan",
                Map.of("tracking", request.tracking(), "amount", BigDecimal.valueOf(100_000),
                        "payeeKind", "TOKO", "payee", "Toko Bangunan Sinar Jaya",
                "purpose", "Bantuan untuk NIK 3374011203750001"), Fixture.CAMAT)).reason().code());
        assertEquals("invalid-amount", assertThrows(ProgramException.class,
                () -> f.approve(request.tracking(), 15_000_001)).reason().code());
        assertEquals(5_000_000, f.p.ledger.balance("JUMATKOIN"));
    }

    @Test
    void aPayoutIsUndoneWhenTheCaseCannotMove() {
        f.collect(f.p.clock.today().toString(), 2_000_000);
        CaseRecord request = f.verified("BERAT", 1_000_000);
        CaseStore failing = new FailingTransitions(f.p.cases);
        JumatKoinProgram program = new JumatKoinProgram(f.p.ledger, failing, f.p.counters, f.p.clock, f.p.audit, f.p.store,
                f.config);
        assertThrows(IllegalStateException.class, () -> program.operate("setujui-pencairan", Map.of("tracking",
                request.tracking(), "amount", BigDecimal.valueOf(700_000), "payeeKind", "TOKO", "payee", "Toko Bangunan Sinar Jaya",
                "purpose", "Perbaikan atap rumah"),
                Fixture.CAMAT));
        assertEquals(2_000_000, f.p.ledger.balance("JUMATKOIN"));
        assertEquals("reversal", f.p.ledger.entries("JUMATKOIN").get(2).kind());
        assertEquals("dibayar", f.approve(request.tracking(), 700_000).get("state"), "the lock was released");
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

    /** A case store whose workflow step fails, as when the host refuses it. */
    private record FailingTransitions(CaseStore delegate) implements CaseStore {
        @Override public Optional<CaseRecord> find(String tracking) { return delegate.find(tracking); }
        @Override public List<CaseRecord> list(String program, String service, String state) {
            return delegate.list(program, service, state);
        }
        @Override public CaseRecord transition(String tracking, String transition, String note, Actor actor) {
            throw new IllegalStateException("case store unavailable");
        }
        @Override public CaseRecord annotate(String tracking, Map<String, String> facts, String note, Actor actor) {
            return delegate.annotate(tracking, facts, note, actor);
        }
    }
}
