package id.anjungan.host.modules.control;

import id.anjungan.host.config.Settings;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Runs calls into module code with a timeout, so a module that throws or hangs answers with a clear problem while
 * every other module and the kiosk keep working. Each module has its own {@link Bulkhead}: threads stuck in one module
 * never exceed its share, and while it is DOWN its calls are refused at once. Counts calls in flight per bundle so
 * that a hot swap can let them finish on the old version.
 */
public final class ModuleCalls {

    private static final Logger LOG = Logger.getLogger(ModuleCalls.class.getName());

    /**
     * Unbounded, because the bulkheads bound it: a module holds at most its permits, and a thread stuck in a module
     * that was disabled, updated or removed counts against nothing any more; a shared limit would let one module's
     * stuck threads refuse every other module's calls.
     */
    private final ThreadPoolExecutor pool;
    private final Map<Long, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<Long, Bulkhead> bulkheads = new ConcurrentHashMap<>();
    private static final long RELAY_MILLIS = 50;
    private static final long RELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(RELAY_MILLIS);
    private final Duration timeout;
    private final int permits;
    private final Duration coolDown;

    public ModuleCalls(Duration timeout, ThreadFactory threads) {
        this(timeout, Settings.moduleConcurrency(), Settings.moduleCoolDown(), threads);
    }

    /**
     * @param permits calls one module may have running at once
     * @param coolDown how long calls to a module that is DOWN are refused before one call probes it
     * @param threads makes the threads calls run on
     */
    public ModuleCalls(Duration timeout, int permits, Duration coolDown, ThreadFactory threads) {
        this.pool = new ThreadPoolExecutor(4, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
        this.timeout = timeout;
        this.permits = permits;
        this.coolDown = coolDown;
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
        /** Why the call was not even started: its module is DOWN or all its permits are held. */
        private final Problem refused;

        private Pending(String code, Job<T> job, Runnable relay) {
            this.code = code;
            this.job = job;
            this.relay = relay;
            this.refused = null;
        }

        private Pending(String code, Problem refused) {
            this.code = code;
            this.job = null;
            this.relay = null;
            this.refused = refused;
        }

        public T get() {
            if (refused != null) {
                throw refused;
            }
            try {
                T answer = await();
                job.ticket.answered();
                return answer;
            } catch (TimeoutException e) {
                job.abandon();
                long seconds = (timeout.toMillis() + 999) / 1000;
                throw failed(job, Text.of("Modul " + code + " tidak menjawab dalam " + seconds + " detik.",
                        "Module " + code + " did not answer within " + seconds + " seconds."), 504, true);
            } catch (ExecutionException e) {
                job.ticket.answered();
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
                throw failed(job, Text.of("Modul " + code + " mengalami kesalahan. Layanan lain tetap berjalan.",
                        "Module " + code + " failed. Other services keep working."), 502, false);
            } catch (CancellationException busy) {
                throw Bulkhead.busy(code);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                job.abandon();
                throw new Problem(503, "module-failed", Text.of("Layanan tidak tersedia", "Service unavailable"),
                        Text.of("Panggilan dibatalkan.", "The call was interrupted."), null);
            }
        }

        private T await() throws InterruptedException, ExecutionException, TimeoutException {
            if (relay != null && !job.isDone()) {
                try {
                    return job.get(Math.max(0, started + RELAY_NANOS - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException slow) {
                    relay.run();
                }
            }
            long deadline = started + timeout.toNanos() + (relay == null ? 0 : RELAY_NANOS);
            return job.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    /**
     * One call into a module, counted in flight from its creation until its work ends, it is dropped unbegun or its
     * caller stops waiting, so that a hot swap lets it finish on the old version but does not wait for a stuck one.
     * Holds its module's permit until the work really ends. {@link FutureTask#run} runs it at most once, whichever
     * thread gets to it first.
     */
    private final class Job<T> extends FutureTask<T> {

        private final AtomicBoolean begun;
        private final AtomicBoolean counted = new AtomicBoolean(true);
        private final AtomicInteger counter;
        private final Bulkhead.Ticket ticket;
        private final CallScope scope;

        private Job(AtomicInteger counter, Bulkhead.Ticket ticket, CallScope scope, AtomicBoolean begun,
                    Program program, Function<Program, T> work) {
            super(() -> {
                if (begun.getAndSet(true)) {
                    return null; // dropped before it began
                }
                try {
                    return scope.run(() -> work.apply(program));
                } finally {
                    ticket.leave();
                }
            });
            this.begun = begun;
            this.counter = counter;
            this.ticket = ticket;
            this.scope = scope;
            counter.incrementAndGet();
        }

        @Override
        protected void done() {
            if (begun.get()) {
                uncount();
            }
        }

        boolean begun() {
            return begun.get();
        }

        private void uncount() {
            if (counted.getAndSet(false)) {
                counter.decrementAndGet();
            }
        }

        /** Interrupts the work if it runs and gives back what it reserved; if it never began, it never will. */
        void abandon() {
            cancel(true);
            if (!begun.getAndSet(true)) {
                ticket.leave();
            } else {
                scope.abandon(pool);
            }
            uncount();
        }
    }

    /** Lets a call into its module's bulkhead, or refuses it at once. */
    private <T> Job<T> job(String code, long bundleId, Program program, Function<Program, T> work) {
        Bulkhead.Ticket ticket = bulkheads.computeIfAbsent(bundleId, id -> new Bulkhead(code, permits, coolDown)).enter();
        return new Job<>(inFlight.computeIfAbsent(bundleId, id -> new AtomicInteger()), ticket, new CallScope(),
                new AtomicBoolean(), program, work);
    }

    /**
     * Starts a call without waiting for it, on a thread of its own, so that calls into several modules run side by
     * side.
     */
    public <T> Pending<T> start(String code, long bundleId, Program program, Function<Program, T> work) {
        Job<T> job = job(code, bundleId, program, work);
        try {
            pool.execute(job);
        } catch (RejectedExecutionException e) {
            job.abandon();
            throw Bulkhead.busy(code);
        }
        return new Pending<>(code, job, null);
    }

    /**
     * Starts several calls with a single hand-off: one pool thread makes them one after the other, since a status
     * report takes microseconds while waking a thread per module cost a lookup more than its own work. A call that has
     * not answered after {@value #RELAY_MILLIS} ms (a module that hangs or is slow) makes every call of the group not
     * yet begun start on a thread of its own, so a hanging module delays the others by that much, no more. Modules
     * that failed lately get a thread of their own from the start; a module that is DOWN or has no permit left is not
     * called at all, its answer is its refusal.
     */
    public <T> List<Pending<T>> startAll(List<Call<T>> calls) {
        List<Job<T>> group = new ArrayList<>();
        List<Pending<T>> pending = new ArrayList<>();
        Runnable relay = () -> group.stream().filter(j -> !j.begun()).forEach(this::alone);
        for (Call<T> call : calls) {
            Job<T> job;
            try {
                if (trouble(call.bundleId()).isPresent()) {
                    pending.add(start(call.code(), call.bundleId(), call.program(), call.work()));
                    continue;
                }
                job = job(call.code(), call.bundleId(), call.program(), call.work());
            } catch (Problem refused) {
                pending.add(new Pending<>(call.code(), refused));
                continue;
            }
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

    private Problem failed(Job<?> job, Text message, int status, boolean timedOut) {
        job.ticket.failed(message, timedOut);
        return new Problem(status, "module-failed", Text.of("Layanan tidak tersedia", "Service unavailable"),
                message, null);
    }

    /**
     * The last problem of a module's bundle, while it is DOWN or after three failures within the last minute. Each
     * bundle has its own bulkhead: a new version, or the module enabled again, starts afresh.
     */
    public Optional<Text> trouble(long bundleId) {
        Bulkhead bulkhead = bulkheads.get(bundleId);
        return bulkhead == null ? Optional.empty() : bulkhead.trouble();
    }

    /**
     * Forgets a retired bundle (an old version, disabled or removed): its calls still running, stuck in module code
     * that ignores interrupts, count against nothing any more.
     */
    public void forget(long bundleId) {
        bulkheads.remove(bundleId);
        inFlight.remove(bundleId);
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
        return true;
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
