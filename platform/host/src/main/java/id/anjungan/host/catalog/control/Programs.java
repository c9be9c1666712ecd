package id.anjungan.host.catalog.control;

import id.anjungan.host.modules.control.ModuleCalls;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Calls into the enabled programs, each call isolated with a timeout. */
@ApplicationScoped
public class Programs {

    @Inject
    Provider<ModuleManager> modules;

    /** Calls a program; 404 when it is not installed or disabled. */
    public <T> T call(String code, Function<Program, T> work) {
        return start(code, work).get();
    }

    /**
     * Starts a call into a program and returns at once, to ask several programs side by side; the supplier waits for
     * the answer (within the call timeout) and throws what the call threw.
     */
    public <T> java.util.function.Supplier<T> start(String code, Function<Program, T> work) {
        ModuleManager manager = modules.get();
        ModuleManager.Active active = manager.active(code).orElseThrow(() -> Problem.of(404, "no-program",
                "Layanan tidak tersedia", "Service not available", "Program " + code + " tidak aktif di anjungan ini.",
                "Program " + code + " is not active at this kiosk."));
        ModuleCalls.Pending<T> pending = manager.calls().start(code, active.bundleId(), active.program(), work);
        return pending::get;
    }

    /**
     * Starts a call into each of several programs with one hand-off (see {@link ModuleCalls#startAll}), in the order of
     * {@code work}; a program that is not active is left out of the answer.
     */
    public <T> java.util.Map<String, java.util.function.Supplier<T>> startAll(
            java.util.Map<String, Function<Program, T>> work) {
        ModuleManager manager = modules.get();
        List<ModuleCalls.Call<T>> calls = new java.util.ArrayList<>();
        work.forEach((code, call) -> manager.active(code).ifPresent(a -> calls.add(
                new ModuleCalls.Call<>(code, a.bundleId(), a.program(), call))));
        List<ModuleCalls.Pending<T>> pending = manager.calls().startAll(calls);
        java.util.Map<String, java.util.function.Supplier<T>> started = new java.util.LinkedHashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            started.put(calls.get(i).code(), pending.get(i)::get);
        }
        return started;
    }

    /** Descriptors are immutable per program instance; a reconfigured or updated module registers a new instance. */
    private final java.util.Map<Program, ProgramDescriptor> descriptors =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    public ProgramDescriptor descriptor(String code) {
        ModuleManager.Active active = modules.get().active(code).orElse(null);
        ProgramDescriptor known = active == null ? null : descriptors.get(active.program());
        if (known != null) {
            return known;
        }
        ProgramDescriptor fresh = call(code, Program::descriptor);
        if (active != null) {
            descriptors.put(active.program(), fresh);
        }
        return fresh;
    }

    /** Descriptors of every enabled program that answers; a failing module is left out, not fatal. */
    public List<ProgramDescriptor> descriptors() {
        long revision = revision(); // read first: a change while the list is gathered makes the next caller gather again
        AllDescriptors known = all;
        if (known != null && known.revision() == revision) {
            return known.descriptors();
        }
        List<ModuleManager.Active> actives = modules.get().actives();
        List<ProgramDescriptor> answered = actives.stream().map(a -> safely(a.code())).flatMap(Optional::stream).toList();
        if (answered.size() == actives.size()) {
            all = new AllDescriptors(revision, answered); // a module that failed to answer is asked again next time
        }
        return answered;
    }

    /** Every status lookup needs them all; they change only with the set of answering programs. */
    private record AllDescriptors(long revision, List<ProgramDescriptor> descriptors) {
    }

    private volatile AllDescriptors all;

    private Optional<ProgramDescriptor> safely(String code) {
        try {
            return Optional.of(descriptor(code));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A program left out of an answer because it could not answer now (DOWN, busy, timed out or failing), as the
     * kiosk shows it: which program, and why in the caller's language.
     */
    public static java.util.Map<String, Object> unavailable(ProgramDescriptor program, RuntimeException why,
                                                            String lang) {
        Text message = why instanceof Problem p && p.detail() != null ? p.detail()
                : Text.of("Program " + program.code() + " sedang tidak dapat menjawab.",
                "Program " + program.code() + " cannot answer at the moment.");
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("program", program.code());
        m.put("programName", program.name().in(lang));
        m.put("message", message.in(lang));
        return m;
    }

    public ServiceDefinition service(ProgramDescriptor program, String id) {
        return program.service(id).orElseThrow(() -> Problem.notFound("Layanan " + id, "Service " + id));
    }

    public long revision() {
        return modules.get().revision();
    }
}
