package id.anjungan.host.city.control;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.sync.CaseSnapshot;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The city's copy of a case as it goes down to the kiosk that filed it ({@code case-state}): every step, the city's
 * own included, so the kiosk can replace its copy's steps with these. Read when sent, not when queued: several steps
 * taken before a send go as one message, the newest.
 */
final class CaseStates {

    private CaseStates() {
    }

    static Optional<CaseSnapshot> of(EntityManager em, String tracking) {
        CaseRow r = em.find(CaseRow.class, tracking);
        if (r == null || r.originKiosk == null) {
            return Optional.empty();
        }
        List<CaseSnapshot.Step> steps = em.createQuery("select s from CaseStepRow s where s.tracking = :t"
                + " order by s.recorded, s.id", CaseStepRow.class).setParameter("t", tracking).getResultStream()
                .map(CaseStepRow::toStep).toList();
        return Optional.of(new CaseSnapshot(r.originKiosk, r.tracking, r.program, r.service, r.programNameId,
                r.programNameEn, r.serviceTitleId, r.serviceTitleEn, r.state, r.stateLabelId, r.stateLabelEn, r.closed,
                r.subjectNik, r.category, r.kelurahan, r.kecamatan, JsonText.readMap(r.data), r.receipt, r.created,
                r.due, r.createdBy, null, null, List.of(), steps));
    }

    /** The duplicate id's key: one message per case and number of steps, the same whichever node sends it. */
    static String key(CaseSnapshot state) {
        return state.tracking() + ":" + state.steps().size();
    }
}
