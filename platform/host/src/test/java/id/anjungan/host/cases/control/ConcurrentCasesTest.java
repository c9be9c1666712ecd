package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.catalog.control.TestPrograms;
import id.anjungan.host.counters.control.StoredCounters;
import id.anjungan.host.counters.control.TestCounters;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import id.anjungan.host.modules.control.ModuleCalls;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.Reservation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Officers working at the same time on Derby: different cases never deadlock, places in one panti are handed out
 * exactly, and a placement that reserves a place but does not end well holds none.
 */
class ConcurrentCasesTest {

    private static final ThreadFactory THREADS = Executors.defaultThreadFactory();

    static final int DESKS = 16;
    static final int ROUNDS = 3;
    static final int QUOTA = 5;
    static final Actor TKSK = new Actor("tksk", "TKSK", Role.TKSK, null);
    static final Workflow WORKFLOW = new Workflow("rehab", "baru", List.of(State.open("baru", "Baru", "New", 3),
            State.open("ditangani", "Ditangani", "Handled", 7), State.open("ditempatkan", "Di panti", "Placed", 0),
            State.open("antre", "Antre panti", "Waiting", 0)), List.of(
            Transition.of("tangani", "baru", "ditangani", Text.of("Tangani", "Handle"), Role.TKSK),
            Transition.of("tempatkan", "ditangani", "ditempatkan", Text.of("Tempatkan", "Place"), Role.TKSK),
            Transition.of("antre-panti", "ditangani", "antre", Text.of("Antre", "Wait"), Role.TKSK)));
    static final ProgramDescriptor REHSOS = new ProgramDescriptor("REHSOS", Text.of("Rehabilitasi", "Rehabilitation"),
            null, "icon.svg", List.of(new ServiceDefinition("lapor", ServiceKind.REPORT, Text.of("Lapor", "Report"),
            null, null, Set.of(Role.RESIDENT), null, null, "rehab", null, true)), List.of(WORKFLOW), null, null, null,
            null);

    @TempDir
    Path dir;
    private Database db;
    private StoredCaseStore cases;
    private StoredCounters counters;
    private final ModuleCalls calls = new ModuleCalls(Duration.ofSeconds(60), DESKS, Duration.ofMinutes(1), THREADS);
    private final ExecutorService desks = Executors.newFixedThreadPool(DESKS);
    private final CountDownLatch wakeUp = new CountDownLatch(1);

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        counters = TestCounters.on(db);
        cases = new StoredCaseStore();
        cases.db = db;
        cases.clock = new SystemClock();
        cases.audit = new HashChainedAudit() { // the chain is HashChainedAuditTest's: here only the cases count
            @Override
            public void record(jakarta.persistence.EntityManager em, Actor actor, String action, String subject,
                               String detail, String subjectNik) {
            }

            @Override
            public void record(Actor actor, String action, String subject, String detail, String subjectNik) {
            }
        };
        cases.programs = TestPrograms.serving(() -> REHSOS);
    }

    @AfterEach
    void close() {
        wakeUp.countDown();
        desks.shutdownNow();
        calls.shutdown();
        db.close();
    }

    @Test
    void sixteenOfficersMovingSixteenDifferentCasesAtOnceAllSucceed() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<String> tracking = newCases("T" + round, "baru");
            List<Throwable> failures = atOnce(tracking, t -> cases.transition(t, "tangani", "Didatangi.", TKSK));
            assertEquals(List.of(), failures, "round " + round);
            for (String t : tracking) {
                CaseRecord moved = cases.find(t).orElseThrow();
                assertEquals("ditangani", moved.state());
                assertEquals("tangani", moved.history().get(moved.history().size() - 1).transition());
            }
        }
    }

    @Test
    void sixteenPlacementsOnOnePantiGiveExactlyItsQuotaAndQueueTheRest() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String panti = "panti:" + round;
            List<String> tracking = newCases("P" + round, "ditangani");
            List<Throwable> failures = atOnce(tracking, t -> calls.call("REHSOS", 1, null, p -> place(panti, t)));
            assertEquals(List.of(), failures, "round " + round);
            List<String> holders = counters.holders(panti);
            assertEquals(QUOTA, holders.size(), "round " + round);
            assertEquals(DESKS - QUOTA, counters.waiting(panti).size());
            for (String t : tracking) {
                assertEquals(holders.contains(t) ? "ditempatkan" : "antre", cases.find(t).orElseThrow().state(), t);
            }
        }
    }

    @Test
    void aPlacementThatHangsPastItsTimeoutHoldsNoPlaceAndARetrySucceeds() throws Exception {
        ModuleCalls impatient = new ModuleCalls(Duration.ofSeconds(3), 4, Duration.ofMinutes(1), THREADS);
        String tracking = newCases("H", "ditangani").get(0);
        CountDownLatch woke = new CountDownLatch(1);
        Problem timeout = assertThrows(Problem.class, () -> impatient.call("REHSOS", 1, null, p -> {
            counters.reserve("panti:A", 1, tracking);
            ignoringInterrupts(wakeUp); // stuck, and deaf to the interrupt at the timeout
            try {
                return cases.annotate(tracking, Map.of("late", "yes"), "Terlambat.", TKSK);
            } finally {
                woke.countDown();
            }
        }));
        assertEquals(504, timeout.status());
        assertEquals(List.of(), counters.holders("panti:A"), "the place is given back");

        assertEquals(Boolean.TRUE, impatient.call("REHSOS", 1, null, p -> place("panti:A", tracking)).placed(),
                "a retry gets the place, not already-in-quota");
        assertEquals("ditempatkan", cases.find(tracking).orElseThrow().state());

        wakeUp.countDown();
        woke.await();
        assertFalse(cases.find(tracking).orElseThrow().data().containsKey("late"),
                "the abandoned call wrote nothing after its timeout");
        assertEquals(List.of(tracking), counters.holders("panti:A"));
        impatient.shutdown();
    }

    @Test
    void aPlacementThatFailsBeforeTheCaseMovesGivesThePlaceBack() {
        String tracking = newCases("F", "ditangani").get(0);
        Problem failed = assertThrows(Problem.class, () -> calls.call("REHSOS", 1, null, p -> {
            counters.reserve("panti:B", 1, tracking);
            throw new IllegalStateException("module bug after the reservation");
        }));
        assertEquals(502, failed.status());
        assertEquals(List.of(), counters.holders("panti:B"));
    }

    @Test
    void aCaseThatMovedKeepsItsPlaceThoughTheCallFailsAfterwards() {
        String tracking = newCases("M", "ditangani").get(0);
        assertThrows(Problem.class, () -> calls.call("REHSOS", 1, null, p -> {
            counters.reserve("panti:C", 1, tracking);
            cases.transition(tracking, "tempatkan", "Di panti C.", TKSK);
            throw new IllegalStateException("module bug after the move");
        }));
        assertEquals("ditempatkan", cases.find(tracking).orElseThrow().state());
        assertEquals(List.of(tracking), counters.holders("panti:C"), "both happened, so both stay");
    }

    /** What the Rehabilitasi module's placement does: reserve, note it on the case, move the case. */
    private Reservation place(String panti, String tracking) {
        Reservation r = counters.reserve(panti, QUOTA, tracking);
        cases.annotate(tracking, Map.of("panti", panti), "Diajukan ke " + panti + ".", TKSK);
        cases.transition(tracking, r.placed() ? "tempatkan" : "antre-panti", "Panti " + panti + ".", TKSK);
        return r;
    }

    /** Runs the work for every case at once, each on a desk of its own; returns what failed. */
    private List<Throwable> atOnce(List<String> tracking, java.util.function.Consumer<String> work) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (String t : tracking) {
            done.add(desks.submit(() -> {
                go.await();
                work.accept(t);
                return null;
            }));
        }
        go.countDown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        return failures;
    }

    /** Cases in a state, each with a history of several steps, as officers find them. */
    private List<String> newCases(String prefix, String state) {
        List<String> tracking = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            String t = prefix + "-" + i;
            tracking.add(t);
            db.tx(em -> {
                CaseRow c = new CaseRow();
                c.tracking = t;
                c.program = "REHSOS";
                c.service = "lapor";
                c.state = state;
                c.created = Instant.now();
                c.data = "{}";
                em.persist(c);
                for (int s = 0; s < 8; s++) {
                    CaseStepRow step = new CaseStepRow();
                    step.tracking = t;
                    step.recorded = Instant.now();
                    step.state = state;
                    step.transition = "annotate";
                    step.note = "Catatan " + s;
                    em.persist(step);
                }
                return null;
            });
        }
        return tracking;
    }

    private static void ignoringInterrupts(CountDownLatch until) {
        while (true) {
            try {
                until.await();
                return;
            } catch (InterruptedException deaf) {
                // a module that swallows interrupts
            }
        }
    }
}
