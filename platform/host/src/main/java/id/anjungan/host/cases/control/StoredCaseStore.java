package id.anjungan.host.cases.control;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import id.anjungan.host.cases.entity.CityCaseState;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.downlink.control.Downlink;
import id.anjungan.host.modules.control.CallScope;
import id.anjungan.host.outbox.control.Outbox;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.osgi.PlatformService;
import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.State;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Cases in the database; every step follows the program's workflow and is audited. */
@ApplicationScoped
public class StoredCaseStore implements CaseStore, PlatformService {

    private static final Logger LOG = Logger.getLogger(StoredCaseStore.class.getName());

    @Inject
    Database db;
    @Inject
    KioskClock clock;
    @Inject
    Programs programs;
    @Inject
    HashChainedAudit audit;
    @Inject
    Outbox outbox = new Outbox(); // tests that build the store by hand get an island kiosk's
    @Inject
    Downlink downlink = new Downlink(); // and a kiosk's: nothing goes down

    @Override
    public Class<?> serviceType() {
        return CaseStore.class;
    }

    @Override
    public Optional<CaseRecord> find(String tracking) {
        return db.read(em -> Optional.ofNullable(em.find(CaseRow.class, tracking)).map(r -> record(em, r)));
    }

    public Optional<CaseRow> row(String tracking) {
        return db.read(em -> Optional.ofNullable(em.find(CaseRow.class, tracking)));
    }

    public List<CaseStepRow> steps(String tracking) {
        return db.read(em -> steps(em, tracking));
    }

    @Override
    public List<CaseRecord> list(String program, String service, String state) {
        return db.read(em -> {
            var query = em.createQuery("select c from CaseRow c where c.program = :p"
                    + (service == null ? "" : " and c.service = :s") + (state == null ? "" : " and c.state = :st")
                    + " order by c.created desc", CaseRow.class).setParameter("p", program);
            if (service != null) {
                query.setParameter("s", service);
            }
            if (state != null) {
                query.setParameter("st", state);
            }
            return query.getResultList().stream().map(r -> record(em, r)).toList();
        });
    }

    @Override
    public CaseRecord transition(String tracking, String transitionId, String note, Actor actor) {
        CaseRow current = row(tracking).orElseThrow(StoredCaseStore::unknown);
        if (cityState(tracking).isPresent()) { // before the workflow: the kiosk's copy may be at a state it cannot leave
            throw cityOwns();
        }
        ProgramDescriptor program = programs.descriptor(current.program);
        Workflow workflow = program.service(current.service).flatMap(s -> program.workflow(s.workflow()))
                .orElseThrow(() -> ProgramException.of("no-workflow", "Kasus ini tidak punya alur kerja.",
                        "This case has no workflow."));
        Transition step = workflow.transition(current.state, transitionId).orElseThrow(() -> ProgramException.of(
                "transition-not-allowed", "Langkah ini tidak dapat dilakukan pada status sekarang.",
                "This step is not possible in the current state."));
        if (!actor.hasAnyOf(step.roles())) {
            throw Problem.of(403, "forbidden", "Tidak diizinkan", "Not allowed",
                    "Peran Anda tidak boleh melakukan langkah ini.", "Your role may not take this step.");
        }
        if (step.noteRequired() && (note == null || note.isBlank())) {
            throw ProgramException.of("note-required", "Tuliskan alasan atau catatan untuk langkah ini.",
                    "Write a reason or note for this step.");
        }
        State target = workflow.state(step.to()).orElseThrow();
        // the write is short: the row and one new step; the history is read after the commit, not inside it
        CallScope.write(() -> {
            moving(() -> db.txRetryingOnce(em -> {
                CaseRow row = em.find(CaseRow.class, tracking);
                refuseWhenTheCityOwns(em, tracking);
                if (!row.state.equals(current.state)) {
                    throw changed();
                }
                enter(em, row, target, step.id(), note, actor);
                outbox.queue(em, tracking);
                toOrigin(em, row);
                audit.record(em, actor, "case-transition", tracking, current.state + " -> " + target.id(),
                        row.subjectNik); // last: it holds the chain's head until the commit
                return null;
            }));
            CallScope.settled();
            return null;
        });
        CaseRecord moved = find(tracking).orElseThrow(StoredCaseStore::unknown);
        tell(current.program, moved, step, actor);
        return moved;
    }

    @Override
    public CaseRecord annotate(String tracking, Map<String, String> facts, String note, Actor actor) {
        java.util.function.Supplier<Object> write = () -> db.txRetryingOnce(em -> {
            refuseWhenTheCityOwns(em, tracking);
            annotate(em, tracking, facts, note, actor);
            return null;
        });
        CallScope.write(() -> {
            try {
                return moving(write);
            } catch (ProgramException changedMeanwhile) { // facts add up: write them onto the newer version
                return moving(write);
            }
        });
        return find(tracking).orElseThrow(StoredCaseStore::unknown);
    }

    /** {@link #annotate(String, Map, String, Actor)} inside the caller's transaction (an outcome from the city). */
    public void annotate(EntityManager em, String tracking, Map<String, String> facts, String note, Actor actor) {
        CaseRow row = Optional.ofNullable(em.find(CaseRow.class, tracking)).orElseThrow(StoredCaseStore::unknown);
        Map<String, String> data = new HashMap<>(JsonText.readMap(row.data));
        data.putAll(facts);
        row.data = JsonText.write(data);
        if (facts.containsKey("nik") && row.subjectNik == null) {
            row.subjectNik = facts.get("nik"); // a person without identity got a NIK later
        }
        addStep(em, row, "annotate", note, actor);
        outbox.queue(em, tracking);
        toOrigin(em, row);
        audit.record(em, actor, "case-annotate", tracking, String.join(",", facts.keySet()), row.subjectNik);
    }

    /**
     * On the city tier, a step on a case a kiosk filed: the city owns the case from now on, and its state goes down to
     * that kiosk, announced in this transaction (so neither a crash nor a failover loses it).
     */
    private void toOrigin(EntityManager em, CaseRow row) {
        if (downlink.enabled() && row.originKiosk != null) {
            row.owner = CaseRow.OWNED_BY_CITY;
            downlink.queue(em, row.originKiosk, Downlink.CASE_STATE, row.tracking);
        }
    }

    /** On a kiosk: a case city staff took a step on is worked on the city tier only; this kiosk shows its state. */
    private static void refuseWhenTheCityOwns(EntityManager em, String tracking) {
        if (em.find(CityCaseState.class, tracking) != null) {
            throw cityOwns();
        }
    }

    private static Problem cityOwns() {
        return Problem.of(409, "city-owns-case", "Kasus ditangani di server kota", "Case handled on the city",
                "Petugas kota sudah menangani kasus ini, jadi langkah berikutnya dilakukan di server kota. Anjungan"
                        + " ini menampilkan status terakhir dari kota.",
                "City staff have taken up this case, so its next steps are taken on the city server. This kiosk"
                        + " shows the latest status from the city.");
    }

    /** The city's state of the case as this kiosk last received it, once city staff took a step on it. */
    public Optional<CityCaseState> cityState(String tracking) {
        return db.read(em -> Optional.ofNullable(em.find(CityCaseState.class, tracking)));
    }

    /** A write to a case that another officer changed first (its row version moved on) is refused, not failed. */
    private static <T> T moving(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (jakarta.persistence.PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // JPA's, or EclipseLink's own inside a RollbackException at commit
                if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                    throw changed();
                }
            }
            throw e;
        }
    }

    private static ProgramException changed() {
        return ProgramException.of("changed", "Kasus ini baru saja diubah petugas lain. Muat ulang lalu coba lagi.",
                "Someone else just changed this case. Reload and try again.");
    }

    /** Moves a row into a state (first step or a transition) inside the caller's transaction. */
    void enter(EntityManager em, CaseRow row, State state, String transition, String note, Actor actor) {
        row.state = state.id();
        row.stateLabelId = state.label().id();
        row.stateLabelEn = state.label().en();
        row.closed = state.terminal();
        row.due = state.slaDays() > 0 && !state.terminal() ? clock.now().plus(Duration.ofDays(state.slaDays())) : null;
        addStep(em, row, transition, note, actor);
    }

    private void addStep(EntityManager em, CaseRow row, String transition, String note, Actor actor) {
        CaseStepRow step = new CaseStepRow();
        step.tracking = row.tracking;
        step.recorded = clock.now();
        step.state = row.state;
        step.stateLabelId = row.stateLabelId;
        step.stateLabelEn = row.stateLabelEn;
        step.transition = transition;
        step.actor = HashChainedAudit.describe(actor);
        step.note = note;
        em.persist(step);
    }

    private void tell(String code, CaseRecord record, Transition step, Actor actor) {
        try {
            programs.call(code, p -> {
                p.transitioned(record, step, actor);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "Program " + code + " failed on transition of " + record.tracking() + ": " + e.getMessage());
        }
    }

    static List<CaseStepRow> steps(EntityManager em, String tracking) {
        return em.createQuery("select s from CaseStepRow s where s.tracking = :t order by s.recorded, s.id",
                CaseStepRow.class).setParameter("t", tracking).getResultList();
    }

    static CaseRecord record(EntityManager em, CaseRow r) {
        List<CaseStep> history = steps(em, r.tracking).stream()
                .map(s -> new CaseStep(s.recorded, s.state, s.transition, s.actor, s.note)).toList();
        return new CaseRecord(r.tracking, r.program, r.service, r.state, r.subjectNik, r.category,
                JsonText.readMap(r.data), r.created, r.due, history);
    }

    public boolean overdue(CaseRow row) {
        return !row.closed && row.due != null && row.due.isBefore(clock.now());
    }

    private static ProgramException unknown() {
        return ProgramException.of("unknown-case", "Nomor tanda terima tidak ditemukan.", "Tracking number not found.");
    }

    Instant now() {
        return clock.now();
    }
}
