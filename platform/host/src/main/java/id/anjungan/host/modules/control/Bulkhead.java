package id.anjungan.host.modules.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Text;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One module's share of the call threads and its circuit breaker. A call holds a permit until its work really ends,
 * even after its caller gave up at the timeout, so threads stuck in one module never exceed its share; a call beyond
 * it is refused at once instead of waiting. After {@value #FAILURES_UNTIL_DOWN} timeouts within a minute the module
 * is DOWN: calls are refused at once until a cool-down has passed, then one call probes it; an answer in time closes
 * the breaker, another timeout opens it again. Only timeouts open it: an error costs no thread and no waiting.
 */
final class Bulkhead {

    static final int FAILURES_UNTIL_DOWN = 3;
    private static final long FAILURE_WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final String code;
    private final Semaphore permits;
    private final long coolDownNanos;
    /** When calls failed lately (timeouts and errors), and when they timed out; the last few of each. */
    private final Deque<Long> failures = new ArrayDeque<>();
    private final Deque<Long> timeouts = new ArrayDeque<>();
    private Text lastProblem;
    /** While open: until when calls are refused; 0 while closed. Read without the lock on every call. */
    private volatile long openUntil;
    private boolean probing;

    Bulkhead(String code, int permits, Duration coolDown) {
        this.code = code;
        this.permits = new Semaphore(permits);
        this.coolDownNanos = coolDown.toNanos();
    }

    /** A call let in: holds a permit until {@link Ticket#leave}; the probe of an open breaker says so. */
    final class Ticket {

        private final boolean probe;
        private boolean left;

        private Ticket(boolean probe) {
            this.probe = probe;
        }

        /** The call's work ended (or never began): its thread no longer counts against the module. */
        synchronized void leave() {
            if (!left) {
                left = true;
                permits.release();
            }
        }

        /** The module answered within the timeout (a value, a refusal or an error it threw). */
        void answered() {
            synchronized (Bulkhead.this) {
                if (probe) {
                    probing = false;
                    openUntil = 0;
                    timeouts.clear();
                }
            }
        }

        void failed(Text problem, boolean timedOut) {
            long now = System.nanoTime();
            synchronized (Bulkhead.this) {
                keepLast(failures, now);
                lastProblem = problem;
                if (timedOut) {
                    keepLast(timeouts, now);
                }
                if (probe) {
                    probing = false;
                }
                if (timedOut && (probe || recent(timeouts, now))) {
                    openUntil = now + coolDownNanos;
                }
            }
        }
    }

    /** Lets a call in, or refuses it at once: the module is DOWN, or all its permits are held. */
    Ticket enter() {
        if (openUntil == 0) { // the usual case, on every status lookup: no lock
            if (!permits.tryAcquire()) {
                throw busy(code);
            }
            return new Ticket(false);
        }
        return enterOpen();
    }

    private synchronized Ticket enterOpen() {
        boolean probe = false;
        if (openUntil != 0) {
            if (probing || System.nanoTime() - openUntil < 0) {
                throw down();
            }
            probing = true;
            probe = true;
        }
        if (!permits.tryAcquire()) {
            if (probe) {
                probing = false;
            }
            throw busy(code);
        }
        return new Ticket(probe);
    }

    /** Whether calls are refused now (until the next probe answers). */
    synchronized boolean open() {
        return openUntil != 0;
    }

    /** The last problem, while the breaker is open or after {@value #FAILURES_UNTIL_DOWN} failures within a minute. */
    synchronized Optional<Text> trouble() {
        return open() || recent(failures, System.nanoTime()) ? Optional.ofNullable(lastProblem) : Optional.empty();
    }

    private static void keepLast(Deque<Long> times, long now) {
        times.addLast(now);
        while (times.size() > FAILURES_UNTIL_DOWN) {
            times.pollFirst();
        }
    }

    private static boolean recent(Deque<Long> times, long now) {
        return times.size() >= FAILURES_UNTIL_DOWN && now - times.peekFirst() < FAILURE_WINDOW_NANOS;
    }

    private Problem down() {
        return Problem.of(503, "module-down", "Layanan sedang tidak tersedia", "Service unavailable",
                "Program " + code + " sedang tidak dapat menjawab. Layanan lain tetap berjalan; coba lagi nanti.",
                "Program " + code + " cannot answer at the moment. Other services keep working; try again later.");
    }

    static Problem busy(String code) {
        return Problem.of(503, "module-busy", "Layanan sedang sibuk", "Service busy",
                "Program " + code + " sedang sibuk. Silakan coba lagi sebentar lagi.",
                "Program " + code + " is busy. Please try again shortly.");
    }
}
