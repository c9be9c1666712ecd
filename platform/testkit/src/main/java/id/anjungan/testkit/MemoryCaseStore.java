package id.anjungan.testkit;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cases in memory. Tests add cases with {@link #put}. For a program it {@link #follows}, a step is checked as the kiosk
 * checks it (the workflow from the case's state, the actor's role, a required note: {@code CaseStoreContract});
 * for any other program it is only recorded: the step's id becomes the new state unless {@link #moveTo} says otherwise.
 */
public final class MemoryCaseStore implements CaseStore {

    private final Map<String, CaseRecord> cases = new LinkedHashMap<>();
    private final Map<String, String> targets = new HashMap<>();
    private final Map<String, ProgramDescriptor> programs = new HashMap<>();
    private final KioskClock clock;

    public MemoryCaseStore(KioskClock clock) {
        this.clock = clock;
    }

    public synchronized CaseRecord put(CaseRecord record) {
        cases.put(record.tracking(), record);
        return record;
    }

    /** Checks every step of the program's cases against its workflows, as the kiosk does. */
    public synchronized MemoryCaseStore follows(ProgramDescriptor program) {
        programs.put(program.code(), program);
        return this;
    }

    /** Declares the state a transition leads to. */
    public synchronized void moveTo(String transition, String state) {
        targets.put(transition, state);
    }

    @Override
    public synchronized Optional<CaseRecord> find(String tracking) {
        return Optional.ofNullable(cases.get(tracking));
    }

    @Override
    public synchronized List<CaseRecord> list(String program, String service, String state) {
        return cases.values().stream().filter(c -> c.program().equals(program))
                .filter(c -> service == null || c.service().equals(service))
                .filter(c -> state == null || c.state().equals(state))
                .sorted(Comparator.comparing(CaseRecord::createdAt).reversed()).toList();
    }

    @Override
    public synchronized CaseRecord transition(String tracking, String transition, String note, Actor actor) {
        CaseRecord c = find(tracking).orElseThrow(() -> ProgramException.of("unknown-case", "Kasus tidak ditemukan.",
                "No such case."));
        ProgramDescriptor program = programs.get(c.program());
        String state = program == null ? targets.getOrDefault(transition, transition)
                : WorkflowSteps.check(program, c, transition, note, actor);
        return put(with(c, state, c.data(), transition, note, actor));
    }

    @Override
    public synchronized CaseRecord annotate(String tracking, Map<String, String> facts, String note, Actor actor) {
        CaseRecord c = find(tracking).orElseThrow(() -> ProgramException.of("unknown-case", "Kasus tidak ditemukan.",
                "No such case."));
        Map<String, String> data = new HashMap<>(c.data());
        data.putAll(facts);
        CaseRecord noted = put(with(c, c.state(), data, "annotate", note, actor));
        if (noted.subjectNik() == null && facts.containsKey("nik")) { // a person without identity got a NIK later
            return put(new CaseRecord(noted.tracking(), noted.program(), noted.service(), noted.state(),
                    facts.get("nik"), noted.category(), noted.data(), noted.createdAt(), noted.dueAt(), noted.history()));
        }
        return noted;
    }

    private CaseRecord with(CaseRecord c, String state, Map<String, String> data, String step, String note, Actor actor) {
        List<CaseStep> history = new ArrayList<>(c.history());
        history.add(new CaseStep(clock.now(), state, step, actor.displayName(), Objects.toString(note, "")));
        return new CaseRecord(c.tracking(), c.program(), c.service(), state, c.subjectNik(), c.category(), data,
                c.createdAt(), c.dueAt(), history);
    }
}
