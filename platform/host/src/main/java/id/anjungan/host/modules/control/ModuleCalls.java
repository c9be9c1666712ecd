package id.anjungan.host.modules.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private static final long RELAY_MILLIS = 50;
    private static final long RELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(RELAY_MILLIS);
    private final Duration timeout;

    public ModuleCalls(Duration timeout) {
        this.timeout = timeout;
    }

    public <T> T call(String code, long bundleId, Program program, Function<Program, T> work) {
        return start(code, bundleId, program, work).get();
    }

    /** A call to make: into which module, and what to ask it. */
    public record Call<T>(String code, long bundleId, Program program, Function<Program, T> work) {
    }

    /** A call on its way; {@link #get} waits for it until the timeout, counted from when it was started. */
    public final class Pending<T> {

        private final String code;
        private final Job<T> job;
        private final long started = System.nanoTime();
        /** Gives the calls of the same group that have not begun threads of their own; null for a call alone. */
        private final Runnable relay;

        private Pending(String code, Job<T> job, Runnable relay) {
            this.code = code;
            this.job = job;
            this.relay = relay;
        }

        public T get() {
            try {
                if (relay != null && !job.isDone()) {
                    try {
                        return job.get(Math.max(0, started + RELAY_NANOS - System.nanoTime()), TimeUnit.NANOSECONDS);
                    } catch (TimeoutException slow) {
                        relay.run();
                    }
                }
                long deadline = started + timeout.toNanos() + (relay == null ? 0 : RELAY_NANOS);
                return job.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                job.abandon();
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
                if (ProblemMapper.tooLongForItsColumn(e.getCause())) {
                    throw ProblemMapper.tooLong(); // the caller's input, stored through the SPI: not the module's fault
                }
                LOG.warning(() -> "Module " + code + " failed: " + e.getCause());
                throw failed(code, Text.of("Modul " + code + " mengalami kesalahan. Layanan lain tetap berjalan.",
                        "Module " + code + " failed. Other services keep working."), 502);
            } catch (CancellationException busy) {
                throw busy(code);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(code, Text.of("Panggilan dibatalkan.", "The call was interrupted."), 503);
            }
        }
    }

    /**
     * One call into a module, counted in flight from its creation until its work ends (or it is dropped unbegun), so
     * that a hot swap can let it finish on the old version. {@link FutureTask#run} runs it at most once, whichever
     * thread gets to it first.
     */
    private static final class Job<T> extends FutureTask<T> {

        private final AtomicBoolean begun;
        private final AtomicInteger counter;

        private Job(AtomicInteger counter, AtomicBoolean begun, Program program, Function<Program, T> work) {
            super(() -> {
                if (begun.getAndSet(true)) {
                    return null; // dropped before it began
                }
                try {
                    return work.apply(program);
                } finally {
                    counter.decrementAndGet();
                }
            });
            this.begun = begun;
            this.counter = counter;
            counter.incrementAndGet();
        }

        static <T> Job<T> of(AtomicInteger counter, Program program, Function<Program, T> work) {
            return new Job<>(counter, new AtomicBoolean(), program, work);
        }

        boolean begun() {
            return begun.get();
        }

        /** Interrupts the work if it runs; if it never began, it never will. */
        void abandon() {
            cancel(true);
            if (!begun.getAndSet(true)) {
                counter.decrementAndGet();
            }
        }
    }

    /**
     * Starts a call without waiting for it, on a thread of its own, so that calls into several modules run side by
     * side.
     */
    public <T> Pending<T> start(String code, long bundleId, Program program, Function<Program, T> work) {
        Job<T> job = Job.of(inFlight.computeIfAbsent(bundleId, id -> new AtomicInteger()), program, work);
        try {
            pool.execute(job);
        } catch (RejectedExecutionException e) {
            job.abandon();
            throw busy(code);
        }
        return new Pending<>(code, job, null);
    }

    /**
     * Starts several calls with a single hand-off: one pool thread makes them one after the other, since a status
     * report takes microseconds while waking a thread per module cost a lookup more than its own work. A call that has
     * not answered after {@value #RELAY_MILLIS} ms (a module that hangs or is slow) makes every call of the group not
     * yet begun start on a thread of its own, so a hanging module delays the others by that much, no more. Modules
     * that failed lately get a thread of their own from the start.
     */
    public <T> List<Pending<T>> startAll(List<Call<T>> calls) {
        List<Job<T>> group = new ArrayList<>();
        List<Pending<T>> pending = new ArrayList<>();
        Runnable relay = () -> group.stream().filter(j -> !j.begun()).forEach(this::alone);
        for (Call<T> call : calls) {
            if (trouble(call.code()).isPresent()) {
                pending.add(start(call.code(), call.bundleId(), call.program(), call.work()));
                continue;
            }
            Job<T> job = Job.of(inFlight.computeIfAbsent(call.bundleId(), id -> new AtomicInteger()), call.program(),
                    call.work());
            group.add(job);
            pending.add(new Pending<>(call.code(), job, relay));
        }
        if (!group.isEmpty()) {
            try {
                pool.execute(() -> group.forEach(FutureTask::run));
            } catch (RejectedExecutionException e) {
                group.forEach(Job::abandon);
            }
        }
        return pending;
    }

    private void alone(Job<?> job) {
        try {
            pool.execute(job);
        } catch (RejectedExecutionException e) {
            job.abandon();
        }
    }

    private static Problem busy(String code) {
        return Problem.of(503, "module-busy", "Layanan sedang sibuk", "Service busy",
                "Modul " + code + " sedang sibuk. Silakan coba lagi sebentar lagi.",
                "Module " + code + " is busy. Please try again shortly.");
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
