package id.anjungan.host.modules.control;

import id.anjungan.spi.Program;
import id.anjungan.spi.Text;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each program's own {@link Program#problem()}, asked through the isolated calls. The module list and the heartbeat
 * ask and wait (at most the call timeout); readiness only reads the answer last given and starts the next ask without
 * waiting for it: a load balancer's probe gives up within a second, so a program that hangs must not hold it, or one
 * module would take every city node out of HAProxy.
 */
final class ProgramProblems {

    private static final Text NO_ANSWER = Text.of("Modul tidak menjawab pemeriksaan kesehatan.",
            "The module failed its health check.");

    private final ModuleCalls calls;
    private final Map<Long, Optional<Text>> last = new ConcurrentHashMap<>();
    private final Map<Long, ModuleCalls.Pending<Optional<Text>>> asking = new ConcurrentHashMap<>();

    ProgramProblems(ModuleCalls calls) {
        this.calls = calls;
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

    /** The answer last given (none yet: no problem known), collecting a settled ask or starting the next one. */
    Optional<Text> lastKnown(ModuleManager.Active a) {
        ModuleCalls.Pending<Optional<Text>> pending = asking.get(a.bundleId());
        if (pending == null) {
            try {
                asking.put(a.bundleId(), calls.start(a.code(), a.bundleId(), a.program(), Program::problem));
            } catch (RuntimeException refused) {
                // no permit left or DOWN: the calls' own trouble says so
            }
        } else if (pending.settled() && asking.remove(a.bundleId(), pending)) {
            Optional<Text> answer;
            try {
                answer = pending.get(); // settled: returns at once
            } catch (RuntimeException e) {
                answer = Optional.of(NO_ANSWER);
            }
            last.put(a.bundleId(), answer);
        }
        return last.getOrDefault(a.bundleId(), Optional.empty());
    }

    /** A bundle removed: its answers go with it. */
    void forget(long bundleId) {
        last.remove(bundleId);
        asking.remove(bundleId);
    }
}
