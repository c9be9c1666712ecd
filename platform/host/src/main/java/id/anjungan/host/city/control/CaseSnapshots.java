package id.anjungan.host.city.control;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import id.anjungan.host.city.entity.ClaimConflict;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.Outcome;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * A kiosk's case snapshot into the city's {@code kiosk_case} and {@code case_step}: upserted by tracking number, the
 * snapshot with the most steps wins (so duplicates and out-of-order arrival change nothing), and once city staff took
 * a step the city owns the case and later kiosk snapshots are only logged.
 */
@ApplicationScoped
public class CaseSnapshots {

    private static final Logger LOG = Logger.getLogger(CaseSnapshots.class.getName());
    /** {@link CaseRow#owner} of a case city staff have worked. */
    public static final String CITY = CaseRow.OWNED_BY_CITY;
    static final Actor SYNC = new Actor("city-sync", "Sinkronisasi kota", Role.ADMIN, null);

    @Inject
    HashChainedAudit audit;
    @Inject
    CityClaims claims;

    /** What applying a snapshot did, and what the kiosks must learn from it. */
    public record Applied(String as, List<Outcome> outcomes) {
    }

    /** Applies the snapshot in {@code tx}; the case's opening entry in the city's chain is written at its end. */
    Applied apply(InboxTransaction tx, CaseSnapshot s) {
        EntityManager em = tx.em;
        CaseRow row = em.find(CaseRow.class, s.tracking(), LockModeType.PESSIMISTIC_WRITE);
        List<Outcome> outcomes = new ArrayList<>();
        String as;
        if (row == null) {
            row = new CaseRow();
            row.tracking = s.tracking();
            copy(s, row);
            em.persist(row);
            steps(em, s);
            outcomes.add(new Outcome(s.kiosk(), s.tracking(), Outcome.RECEIVED, null));
            as = "applied";
        } else if (!s.kiosk().equals(row.originKiosk)) {
            throw new UnusableMessage("case " + s.tracking() + " belongs to " + row.originKiosk + ", not " + s.kiosk());
        } else if (cityOwns(em, row)) {
            row.owner = CITY;
            LOG.info(() -> "Snapshot of " + s.tracking() + " from " + s.kiosk() + " with " + s.steps().size()
                    + " steps kept aside: city staff work the case");
            as = "city-owns";
        } else if (s.steps().size() <= row.kioskSteps) {
            as = "older";
        } else {
            copy(s, row);
            em.createQuery("delete from CaseStepRow s where s.tracking = :t").setParameter("t", s.tracking())
                    .executeUpdate();
            steps(em, s);
            as = "applied";
        }
        outcomes.addAll(claims.settle(em, s));
        if ("applied".equals(as) && outcomes.stream().anyMatch(o -> Outcome.RECEIVED.equals(o.result()))) {
            // the city's own chain opens its copy: every case the city holds has its opening entry there
            tx.chain(last -> audit.record(last, SYNC, HashChainedAudit.CASE_OPEN, s.tracking(),
                    "diterima dari " + s.kiosk(), s.subjectNik()));
        }
        return new Applied(as, outcomes);
    }

    /** What the kiosks learned about a case (sent again for a duplicate: the broker drops what arrived). */
    public List<Outcome> outcomes(EntityManager em, String tracking) {
        CaseRow row = em.find(CaseRow.class, tracking);
        if (row == null || row.originKiosk == null) {
            return List.of();
        }
        List<Outcome> outcomes = new ArrayList<>(List.of(new Outcome(row.originKiosk, tracking, Outcome.RECEIVED, null)));
        ClaimConflict conflict = em.find(ClaimConflict.class, tracking);
        if (conflict != null) {
            outcomes.addAll(CityClaims.outcomes(conflict));
        }
        return outcomes;
    }

    /** City staff took a step: the case has steps beyond those of the kiosk's snapshot. */
    private static boolean cityOwns(EntityManager em, CaseRow row) {
        if (CITY.equals(row.owner)) {
            return true;
        }
        long stored = em.createQuery("select count(s) from CaseStepRow s where s.tracking = :t", Long.class)
                .setParameter("t", row.tracking).getSingleResult();
        return stored > (row.kioskSteps == null ? 0 : row.kioskSteps);
    }

    private static void copy(CaseSnapshot s, CaseRow row) {
        row.program = s.program();
        row.service = s.service();
        row.programNameId = s.programNameId();
        row.programNameEn = s.programNameEn();
        row.serviceTitleId = s.serviceTitleId();
        row.serviceTitleEn = s.serviceTitleEn();
        row.state = s.state();
        row.stateLabelId = s.stateLabelId();
        row.stateLabelEn = s.stateLabelEn();
        row.closed = s.closed();
        row.subjectNik = s.subjectNik();
        row.category = s.category();
        row.kelurahan = s.kelurahan();
        row.kecamatan = s.kecamatan();
        row.data = JsonText.write(s.data() == null ? java.util.Map.of() : s.data());
        row.receipt = s.receiptJson();
        row.created = s.created();
        row.due = s.due();
        row.createdBy = s.createdBy();
        row.originKiosk = s.kiosk();
        row.kioskSteps = s.steps().size();
    }

    private static void steps(EntityManager em, CaseSnapshot s) {
        for (CaseSnapshot.Step step : s.steps()) {
            em.persist(CaseStepRow.of(s.tracking(), step));
        }
    }
}
