package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls started together run side by side or as one group, each within its own timeout. */
class ModuleCallsTest {

    private static final ThreadFactory THREADS = Executors.defaultThreadFactory();

    private final ModuleCalls calls = new ModuleCalls(Duration.ofMillis(500), THREADS);

    @AfterEach
    void stop() {
        calls.shutdown();
    }

    @Test
    void callsStartedTogetherRunSideBySide() {
        CountDownLatch secondRan = new CountDownLatch(1);
        // the first call can only finish once the second has run: one after the other it would time out
        ModuleCalls.Pending<Boolean> first = calls.start("BPNT", 1, null, p -> awaitQuietly(secondRan));
        ModuleCalls.Pending<String> second = calls.start("KJS", 2, null, p -> {
            secondRan.countDown();
            return "KJS";
        });
        assertTrue(first.get());
        assertEquals("KJS", second.get());
    }

    @Test
    void aCallThatHangsEndsWithItsTimeoutWhileTheOthersAnswer() {
        CountDownLatch never = new CountDownLatch(1);
        ModuleCalls.Pending<Boolean> hanging = calls.start("SANKEM", 1, null, p -> awaitQuietly(never));
        ModuleCalls.Pending<String> answering = calls.start("CPP", 2, null, p -> "CPP");
        assertEquals("CPP", answering.get());
        Problem problem = assertThrows(Problem.class, hanging::get);
        assertEquals(504, problem.status());
        assertTrue(problem.detail().en().contains("SANKEM"));
    }

    @Test
    void callsStartedAsAGroupRunOnOneThreadThatIsNotTheCallers() {
        List<ModuleCalls.Pending<Thread>> pending = calls.startAll(List.of(call("BPNT", 1), call("KJS", 2),
                call("CPP", 3)));
        Set<Thread> threads = new HashSet<>();
        pending.forEach(p -> threads.add(p.get()));
        assertEquals(1, threads.size());
        assertNotEquals(Thread.currentThread(), threads.iterator().next());
    }

    @Test
    void aCallThatHangsInAGroupLetsTheCallsAfterItAnswerOnThreadsOfTheirOwn() {
        CountDownLatch never = new CountDownLatch(1);
        List<ModuleCalls.Pending<Object>> pending = calls.startAll(List.of(
                new ModuleCalls.Call<>("SANKEM", 1, null, p -> awaitQuietly(never)),
                new ModuleCalls.Call<>("CPP", 2, null, p -> "CPP"),
                new ModuleCalls.Call<>("KJS", 3, null, p -> "KJS")));
        // asked first, the later calls would otherwise wait behind the hanging one until their own timeout
        assertEquals("KJS", pending.get(2).get());
        assertEquals("CPP", pending.get(1).get());
        assertEquals(1, never.getCount(), "answered while the hanging call still hangs");
        Problem problem = assertThrows(Problem.class, pending.get(0)::get);
        assertEquals(504, problem.status());
    }

    @Test
    void aModuleThatFailedLatelyIsCalledOnAThreadOfItsOwn() {
        for (int i = 0; i < 3; i++) {
            assertThrows(Problem.class, () -> calls.call("REHSOS", 1, null, p -> {
                throw new IllegalStateException("broken");
            }));
        }
        // both hold their threads at once (so the pool cannot hand them the same one): the group's first call until
        // the test lets go, REHSOS until the group has begun; no get() before that, so nothing is relayed
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch groupBegan = new CountDownLatch(1);
        CountDownLatch rehsosRan = new CountDownLatch(1);
        List<ModuleCalls.Pending<Thread>> pending = calls.startAll(List.of(
                new ModuleCalls.Call<Thread>("BPNT", 2, null, p -> {
                    groupBegan.countDown();
                    awaitQuietly(release);
                    return Thread.currentThread();
                }),
                call("KJS", 3),
                new ModuleCalls.Call<Thread>("REHSOS", 1, null, p -> {
                    awaitQuietly(groupBegan);
                    rehsosRan.countDown();
                    return Thread.currentThread();
                })));
        boolean ranBesideTheGroup = awaitQuietly(rehsosRan);
        release.countDown();
        assertTrue(ranBesideTheGroup, "REHSOS must not wait behind the group's busy thread");
        assertEquals(pending.get(0).get(), pending.get(1).get());
        assertNotEquals(pending.get(0).get(), pending.get(2).get());
    }

    @Test
    void inputTooLongForWhereTheModuleStoresItIsTheCallersProblemNotTheModulesFailure() {
        for (int i = 0; i < 5; i++) {
            Problem problem = assertThrows(Problem.class, () -> calls.call("JUMATKOIN", 1, null, p -> {
                // as a ledger or counter of the SPI reports Derby's or PostgreSQL's "value too long"
                throw new jakarta.persistence.PersistenceException(new java.sql.SQLDataException("truncation", "22001"));
            }));
            assertEquals(422, problem.status());
            assertEquals("too-long", problem.code());
        }
        assertEquals(java.util.Optional.empty(), calls.trouble(1), "an attacker's long text does not take it down");
    }

    @Test
    void aGroupCallThatThrowsFailsAloneAndIsCountedAsTheModulesFailure() {
        List<ModuleCalls.Pending<String>> pending = calls.startAll(List.of(
                new ModuleCalls.Call<String>("JUMATKOIN", 1, null, p -> {
                    throw new IllegalStateException("broken");
                }),
                new ModuleCalls.Call<>("CPP", 2, null, p -> "CPP")));
        assertEquals(502, assertThrows(Problem.class, pending.get(0)::get).status());
        assertEquals("CPP", pending.get(1).get());
    }

    @Test
    void aModuleWhoseCallsTimedOutIsRefusedAtOnceUntilAProbeAfterTheCoolDownAnswers() {
        ModuleCalls waiting = new ModuleCalls(Duration.ofMillis(200), 8, Duration.ofHours(1), THREADS);
        ModuleCalls probing = new ModuleCalls(Duration.ofMillis(200), 8, Duration.ZERO, THREADS);
        AtomicInteger ran = new AtomicInteger();
        for (ModuleCalls c : List.of(waiting, probing)) {
            CountDownLatch never = new CountDownLatch(1);
            for (int i = 0; i < 3; i++) {
                assertEquals(504, assertThrows(Problem.class, () -> c.call("SANKEM", 1, null,
                        p -> awaitQuietly(never))).status());
            }
        }
        Problem down = assertThrows(Problem.class, () -> waiting.call("SANKEM", 1, null, p -> ran.incrementAndGet()));
        assertEquals("module-down", down.code());
        assertEquals(503, down.status());
        assertEquals(0, ran.get(), "not called while DOWN");
        assertTrue(waiting.trouble(1).isPresent());

        assertEquals(Integer.valueOf(1), probing.<Integer>call("SANKEM", 1, null, p -> ran.incrementAndGet()), "the probe after the cool-down");
        assertEquals(Integer.valueOf(2), probing.<Integer>call("SANKEM", 1, null, p -> ran.incrementAndGet()), "closed again: called as usual");
        waiting.shutdown();
        probing.shutdown();
    }

    @Test
    void aGroupDoesNotCallAModuleThatIsDownAndTheOthersAnswer() {
        ModuleCalls c = new ModuleCalls(Duration.ofMillis(200), 8, Duration.ofHours(1), THREADS);
        CountDownLatch never = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) {
            assertThrows(Problem.class, () -> c.call("SANKEM", 1, null, p -> awaitQuietly(never)));
        }
        AtomicInteger ran = new AtomicInteger();
        List<ModuleCalls.Pending<String>> pending = c.startAll(List.of(
                new ModuleCalls.Call<String>("SANKEM", 1, null, p -> "SANKEM" + ran.incrementAndGet()),
                new ModuleCalls.Call<>("CPP", 2, null, p -> "CPP")));
        assertEquals("module-down", assertThrows(Problem.class, pending.get(0)::get).code());
        assertEquals("CPP", pending.get(1).get());
        assertEquals(0, ran.get());
        c.shutdown();
    }

    @Test
    void callsStuckBeyondAModulesShareAreRefusedAtOnceUntilItsBundleIsForgotten() throws Exception {
        ModuleCalls c = new ModuleCalls(Duration.ofMillis(200), 2, Duration.ofHours(1), THREADS);
        CountDownLatch wake = new CountDownLatch(1);
        try {
            for (int i = 0; i < 2; i++) {
                assertEquals(504, assertThrows(Problem.class, () -> c.call("REHSOS", 7, null, p -> deaf(wake)))
                        .status());
            }
            Problem busy = assertThrows(Problem.class, () -> c.call("REHSOS", 7, null, p -> "answered"));
            assertEquals("module-busy", busy.code(), "both permits are held by threads that will not stop");
            assertEquals("CPP", c.call("CPP", 8, null, p -> "CPP"), "another module has its own share");
            assertTrue(c.drain(7, Duration.ZERO), "a drain does not wait for calls whose caller gave up");

            c.forget(7);
            assertEquals("answered", c.call("REHSOS", 7, null, p -> "answered"));
        } finally {
            wake.countDown();
            c.shutdown();
        }
    }

    /** A module that swallows the interrupt of its timeout. */
    private static boolean deaf(CountDownLatch wake) {
        while (true) {
            try {
                return wake.await(1, TimeUnit.HOURS);
            } catch (InterruptedException swallowed) {
                // keeps waiting
            }
        }
    }

    private static ModuleCalls.Call<Thread> call(String code, long bundle) {
        return new ModuleCalls.Call<>(code, bundle, null, p -> Thread.currentThread());
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
