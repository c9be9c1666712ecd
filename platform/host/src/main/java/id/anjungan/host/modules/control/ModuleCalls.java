package id.anjungan.host.modules.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Runs calls into module code on a bounded pool with a timeout, so a module that throws or hangs answers with a
 * clear problem while every other module and the kiosk keep working. Counts calls in flight per bundle so that a
 * hot swap can let them finish on the old version.
 */
public final class ModuleCalls {

    private static final Logger LOG = Logger.getLogger(ModuleCalls.class.getName());
    private static final int FAILURES_UNTIL_DOWN = 3;
    private static final long FAILURE_WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 64, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "module-call");
                t.setDaemon(true);
                return t;
            });
    private final Map<Long, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    /** When calls into a module failed lately, per program code. */
    private final Map<String, java.util.Deque<Long>> failures = new ConcurrentHashMap<>();
    private final Map<String, Text> lastProblem = new ConcurrentHashMap<>();
    private final Duration timeout;

    public ModuleCalls(Duration timeout) {
        this.timeout = timeout;
    }

    public <T> T call(String code, long bundleId, Program program, Function<Program, T> work) {
        return start(code, bundleId, program, work).get();
    }

    /** A call running on the pool; {@link #get} waits for it until the timeout, counted from its start. */
    public final class Pending<T> {

        private final String code;
        private final Future<T> future;
        private final long deadline;

        private Pending(String code, Future<T> future) {
            this.code = code;
            this.future = future;
            this.deadline = System.nanoTime() + timeout.toNanos();
        }

        public T get() {
            try {
                return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw failed(code, Text.of("Modul " + code + " tidak menjawab dalam " + timeout.toSeconds()
                        + " detik.", "Module " + code + " did not answer within " + timeout.toSeconds() + " seconds."),
                        504);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ProgramException pe) {
                    throw pe; // a refusal the module meant, not a failure
                }
                if (e.getCause() instanceof Problem p) {
                    throw p;
                }
                LOG.warning(() -> "Module " + code + " failed: " + e.getCause());
                throw failed(code, Text.of("Modul " + code + " mengalami kesalahan. Layanan lain tetap berjalan.",
                        "Module " + code + " failed. Other services keep working."), 502);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(code, Text.of("Panggilan dibatalkan.", "The call was interrupted."), 503);
            }
        }
    }

    /**
     * Starts a call without waiting for it, so that calls into several modules run side by side (a status lookup asks
     * every program: one after the other it waited for a pool thread six times).
     */
    public <T> Pending<T> start(String code, long bundleId, Program program, Function<Program, T> work) {
        AtomicInteger counter = inFlight.computeIfAbsent(bundleId, id -> new AtomicInteger());
        counter.incrementAndGet();
        try {
            return new Pending<>(code, pool.submit(() -> {
                try {
                    return work.apply(program);
                } finally {
                    counter.decrementAndGet();
                }
            }));
        } catch (RejectedExecutionException busy) {
            counter.decrementAndGet();
            throw Problem.of(503, "module-busy", "Layanan sedang sibuk", "Service busy",
                    "Modul " + code + " sedang sibuk. Silakan coba lagi sebentar lagi.",
                    "Module " + code + " is busy. Please try again shortly.");
        }
    }

    private Problem failed(String code, Text message, int status) {
        java.util.Deque<Long> times = failures.computeIfAbsent(code, c -> new java.util.concurrent.ConcurrentLinkedDeque<>());
        times.addLast(System.nanoTime());
        while (times.size() > FAILURES_UNTIL_DOWN) {
            times.pollFirst();
        }
        lastProblem.put(code, message);
        return new Problem(status, "module-failed", Text.of("Layanan tidak tersedia", "Service unavailable"),
                message, null);
    }

    /** The last problem, when calls to the module failed at least three times within the last minute. */
    public java.util.Optional<Text> trouble(String code) {
        java.util.Deque<Long> times = failures.get(code);
        Long oldest = times == null || times.size() < FAILURES_UNTIL_DOWN ? null : times.peekFirst();
        return oldest != null && System.nanoTime() - oldest < FAILURE_WINDOW_NANOS
                ? java.util.Optional.ofNullable(lastProblem.get(code)) : java.util.Optional.empty();
    }

    public void forget(String code) {
        failures.remove(code);
        lastProblem.remove(code);
    }

    /** Waits until no call runs in the bundle, or the timeout passes; returns whether it drained. */
    public boolean drain(long bundleId, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        AtomicInteger counter = inFlight.get(bundleId);
        while (counter != null && counter.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        inFlight.remove(bundleId);
        return true;
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
