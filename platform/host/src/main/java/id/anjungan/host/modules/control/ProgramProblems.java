package id.anjungan.host.modules.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Program;
import id.anjungan.spi.Text;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each program's own {@link Program#problem()}, asked through the isolated calls. The module list and the heartbeat
 * ask and wait (at most the call timeout). Readiness only reads the answers, which a thread of its own asks for every
 * few seconds: a load balancer's probe gives up within a second, so a program that hangs must not hold it (one module
 * would take every city node out of HAProxy), and a probe's thread must start no call (the health endpoint runs outside
 * the application, where the container's thread factory cannot give a thread its context).
 */
final class ProgramProblems {

    private static final Logger LOG = Logger.getLogger(ProgramProblems.class.getName());
    private static final Text NO_ANSWER = Text.of("Modul tidak menjawab pemeriksaan kesehatan.",
            "The module failed its health check.");
    /** How often readiness's answers are renewed. */
    static final Duration EVERY = Duration.ofSeconds(5);

    private final ModuleCalls calls;
    private final Map<Long, Optional<Text>> last = new ConcurrentHashMap<>();
    private final ScheduledExecutorService asking;

    ProgramProblems(ModuleCalls calls, ThreadFactory threads, Supplier<List<ModuleManager.Active>> actives) {
        this.calls = calls;
        this.asking = Executors.newSingleThreadScheduledExecutor(threads);
        asking.scheduleWithFixedDelay(() -> askAll(actives.get()), EVERY.toMillis(), EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Asks the program and waits for its answer; a call that fails or times out is a problem of its own. */
    Optional<Text> ask(ModuleManager.Active a) {
        Optional<Text> answer;
        try {
            answer = calls.call(a.code(), a.bundleId(), a.program(), Program::problem);
        } catch (RuntimeException e) {
            answer = Optional.of(NO_ANSWER);
        }
        last.put(a.bundleId(), answer);
        return answer;
    }

    /** The answer last given; none yet: no problem known. Never calls the program. */
    Optional<Text> lastKnown(ModuleManager.Active a) {
        return last.getOrDefault(a.bundleId(), Optional.empty());
    }

    /** Asks every program side by side (one that hangs delays the others by the calls' relay time only). */
    private void askAll(List<ModuleManager.Active> actives) {
        try {
            List<ModuleCalls.Pending<Optional<Text>>> pending = calls.startAll(actives.stream()
                    .map(a -> new ModuleCalls.Call<>(a.code(), a.bundleId(), a.program(), Program::problem)).toList());
            for (int i = 0; i < actives.size(); i++) {
                Optional<Text> answer;
                try {
                    answer = pending.get(i).get();
                } catch (Problem p) {
                    if (p.status() == 503) {
                        continue; // busy serving, or DOWN already (the calls' own trouble says so): keep the last answer
                    }
                    answer = Optional.of(NO_ANSWER);
                } catch (RuntimeException e) {
                    answer = Optional.of(NO_ANSWER);
                }
                last.put(actives.get(i).bundleId(), answer);
            }
        } catch (RuntimeException e) { // the next round asks again
            LOG.log(Level.FINE, "Programs' health not asked", e);
        }
    }

    /** A bundle removed: its answers go with it. */
    void forget(long bundleId) {
        last.remove(bundleId);
    }

    void stop() {
        asking.shutdownNow();
    }
}
