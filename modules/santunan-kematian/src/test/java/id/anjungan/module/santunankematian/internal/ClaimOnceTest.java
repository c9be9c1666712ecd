package id.anjungan.module.santunankematian.internal;

import static id.anjungan.module.santunankematian.internal.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Reason;
import id.anjungan.spi.platform.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClaimOnceTest {

    private final Fixture f = new Fixture();

    /** What the platform does with an accepted assessment: claim its key atomically, then open the case. */
    private boolean submit(Assessment a, String by, String tracking) {
        if (!a.accepted()) {
            return false;
        }
        Claim claim = f.platform.counters.claimOnce("SANKEM", a.claimKey(), by, Map.of("kelurahan", "Kelurahan Miroto"));
        if (claim.won()) {
            f.open(tracking, application(DECEASED, DECEASED_KK, HEIR, "2026-11-01"));
        }
        return claim.won();
    }

    @Test
    void manyKiosksSubmittingForOneDeceasedAtOnceOpenExactlyOneCase() throws Exception {
        int kiosks = 48;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < kiosks; i++) {
            String tracking = "SANKEM-2611-%06d-0".formatted(i);
            Callable<Boolean> attempt = () -> {
                start.await();
                return submit(f.program.assess(valid()), "kiosk-" + tracking, tracking);
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> r : results) {
            winners += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, winners);
        assertEquals(1, f.platform.cases.list("SANKEM", "ajukan", null).size());
        assertEquals(List.of(DECEASED), f.platform.counters.claims("SANKEM"));
    }

    @Test
    void aSecondApplicationIsRefusedEarlySayingWhenWhereAndByWhom() {
        assertTrue(submit(f.program.assess(valid()), "PSM Sari", "SANKEM-2611-000001-3"));
        f.platform.clock.advance(java.time.Duration.ofDays(2));

        Assessment again = f.program.assess(valid());

        assertFalse(again.accepted());
        Reason reason = again.refusals().get(0);
        assertEquals("already-claimed", reason.code());
        assertTrue(reason.message().id().contains("23 November 2026 pukul 09.00"), reason.message().id());
        assertTrue(reason.message().id().contains("di Kelurahan Miroto"));
        assertTrue(reason.message().id().contains("oleh PSM Sari"));
        assertTrue(reason.message().id().contains("SANKEM-2611-000001-3"));
        assertTrue(reason.message().en().contains("23 November 2026 at 09:00"), reason.message().en());
    }

    @Test
    void aClaimWithoutACaseStillRefuses() {
        f.platform.counters.claimOnce("SANKEM", DECEASED, "TKSK Budi", Map.of());
        Assessment a = f.program.assess(valid());
        assertEquals(List.of("already-claimed"), a.refusals().stream().map(Reason::code).toList());
        assertTrue(a.refusals().get(0).message().id().contains("oleh TKSK Budi"));
    }

    @Test
    void anOpenCaseRefusesEvenForAnotherHeir() {
        f.open("SANKEM-2611-000007-1", application(DECEASED, DECEASED_KK, HEIR, "2026-11-01"));
        Assessment a = f.program.assess(submission(application(DECEASED, DECEASED_KK, "3374011010802005",
                "2026-11-01")));
        assertEquals(List.of("already-claimed"), a.refusals().stream().map(Reason::code).toList());
    }

    @Test
    void afterARejectionTheHeirMayApplyOnceMoreUnderTheNextKey() {
        assertTrue(submit(f.program.assess(valid()), "Warga", "SANKEM-2611-000001-3"));
        f.platform.cases.moveTo("reject", SantunanWorkflow.REJECTED);
        f.platform.cases.transition("SANKEM-2611-000001-3", "reject", "Akta kematian tidak terbaca",
                id.anjungan.testkit.TestPlatform.actor("kasi", id.anjungan.spi.Role.KASI_KESOS));

        Assessment second = f.program.assess(valid());
        assertTrue(second.accepted());
        assertEquals(DECEASED + "#2", second.claimKey());
        assertTrue(submit(second, "Warga", "SANKEM-2611-000002-1"));
        assertFalse(f.program.assess(valid()).accepted());
    }
}
