package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Resident sessions: only ids the server issued, to the device it issued them to, until they expire. */
class ResidentSessionsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T02:00:00Z"));
    private final ResidentSessions sessions = clock.sessions();

    @Test
    void anIssuedSessionIsHonouredFromItsDevice() {
        ResidentSession session = sessions.start("10.0.0.5");
        assertSame(session, sessions.require(session.id(), "10.0.0.5"));
        assertTrue(session.id().matches("[A-Za-z0-9_-]{43}"), "256 random bits: " + session.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "made-up", "00000000-0000-0000-0000-000000000000",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void forgedOrMissingIdsAreRefusedWithAClearProblem(String forged) {
        sessions.start("10.0.0.5");
        Problem refused = assertThrows(Problem.class, () -> sessions.require(forged, "10.0.0.5"));
        assertEquals(401, refused.status());
        assertEquals("session-required", refused.code());
        assertTrue(refused.detail().id().contains("Mulai"), refused.detail().id());
        assertEquals(401, assertThrows(Problem.class, () -> sessions.require(null, "10.0.0.5")).status());
    }

    @Test
    void anIdFromAnotherDeviceIsRefused() {
        ResidentSession session = sessions.start("10.0.0.5");
        assertEquals(401, assertThrows(Problem.class, () -> sessions.require(session.id(), "10.0.0.6")).status());
        sessions.end(session.id(), "10.0.0.6");
        assertSame(session, sessions.require(session.id(), "10.0.0.5"), "another device cannot end it either");
    }

    @Test
    void aSessionExpiresWhenIdleAndAtTheLatestAfterItsLongestTime() {
        ResidentSession idle = sessions.start("kiosk");
        clock.pass(sessions.idle.minusSeconds(1));
        assertSame(idle, sessions.require(idle.id(), "kiosk"), "in use again just before the idle limit");
        clock.pass(sessions.idle);
        assertThrows(Problem.class, () -> sessions.require(idle.id(), "kiosk"));

        ResidentSession busy = sessions.start("kiosk");
        Instant started = clock.now();
        while (clock.now().isBefore(started.plus(sessions.longest).minusSeconds(60))) {
            sessions.require(busy.id(), "kiosk");
            clock.pass(Duration.ofMinutes(5));
        }
        clock.pass(Duration.ofMinutes(1));
        assertThrows(Problem.class, () -> sessions.require(busy.id(), "kiosk"), "kept busy, it still ends");
    }

    @Test
    void anEndedSessionIsGone() {
        ResidentSession session = sessions.start("kiosk");
        sessions.end(session.id(), "kiosk");
        assertThrows(Problem.class, () -> sessions.require(session.id(), "kiosk"));
        sessions.end("never-issued", "kiosk");
    }

    @Test
    void startingSessionsIsLimitedPerDeviceWithARetryAfter() {
        clock.pass(Duration.ofSeconds(15));
        for (int i = 0; i < 30; i++) {
            sessions.start("kiosk-1");
        }
        Problem refused = assertThrows(Problem.class, () -> sessions.start("kiosk-1"));
        assertEquals(429, refused.status());
        assertEquals(45, refused.retryAfter());
        sessions.start("kiosk-2");
        clock.pass(Duration.ofSeconds(45));
        sessions.start("kiosk-1");
    }

    @Test
    void expiredSessionsAreSweptSoTheStoreStaysBounded() {
        for (int i = 0; i < 1100; i++) {
            sessions.start("device-" + i);
        }
        clock.pass(sessions.idle);
        sessions.start("device-x");
        assertEquals(1, sessions.size());
    }

    @Test
    void concurrentStartsGetDistinctIdsAndEachIsHonoured() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        try {
            List<Future<Integer>> runs = IntStream.range(0, 8).mapToObj(t -> pool.submit(() -> {
                go.await();
                for (int i = 0; i < 25; i++) {
                    ResidentSession s = sessions.start("device-" + t);
                    ids.add(s.id());
                    assertSame(s, sessions.require(s.id(), "device-" + t));
                }
                return t;
            })).toList();
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(200, ids.size());
    }

    @Test
    void theUploadQuotaHoldsUnderConcurrentUploads() throws Exception {
        ResidentSession session = sessions.start("kiosk");
        long tenMb = 10L * 1024 * 1024;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Long>> grants = IntStream.range(0, 40).mapToObj(i -> pool.submit(() -> {
                go.await();
                return session.takeUpload(tenMb);
            })).toList();
            go.countDown();
            long granted = 0;
            long uploads = 0;
            for (Future<Long> g : grants) {
                granted += g.get();
                uploads += g.get() > 0 ? 1 : 0;
            }
            assertEquals(50L * 1024 * 1024, granted, "never more than the session's 50 MB");
            assertEquals(5, uploads);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void unusedBytesAndFailedUploadsGoBack() {
        ResidentSession session = sessions.start("kiosk");
        for (int i = 0; i < 20; i++) {
            long granted = session.takeUpload(1024);
            assertEquals(1024, granted);
            session.returnUpload(granted - 100, true);
        }
        assertEquals(0, session.takeUpload(1024), "20 files a session");
        ResidentSession other = sessions.start("kiosk");
        long granted = other.takeUpload(10);
        other.returnUpload(granted, false);
        for (int i = 0; i < 20; i++) {
            assertNotEquals(0, other.takeUpload(10), "a failed upload takes no place: " + i);
        }
    }
}
