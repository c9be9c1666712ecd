package id.anjungan.host.relay.control;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import id.anjungan.host.cases.entity.CityCaseState;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.logging.Logger;

/**
 * Applies the city's copy of a case this kiosk filed ({@code case-state}, sent after each staff step on the city
 * tier): when it has more steps than the last copy applied, the kiosk's copy becomes the city's (state, data and all
 * steps), so "Cek perkembangan" answers with it offline too; an older copy arriving late, or one applied before,
 * changes nothing. Nothing goes into the outbox: the city has this state already (no echo).
 */
@ApplicationScoped
public class CityCaseStates {

    private static final Logger LOG = Logger.getLogger(CityCaseStates.class.getName());

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    /** Applies the city's copy; false when it is not newer than what this kiosk holds, or names no case of it. */
    public boolean apply(CaseSnapshot city) {
        if (city.tracking() == null || city.steps() == null || city.steps().isEmpty()) {
            throw new IllegalArgumentException("a case state without a case or steps");
        }
        return db.txRetrying(em -> {
            CaseRow row = em.find(CaseRow.class, city.tracking());
            if (row == null) {
                LOG.warning(() -> "The city sent the state of " + city.tracking() + ", not a case of this kiosk");
                return false;
            }
            CityCaseState known = em.find(CityCaseState.class, city.tracking());
            if (known != null && city.steps().size() <= known.steps) {
                return false;
            }
            replace(em, row, city);
            if (known == null) {
                known = new CityCaseState();
                known.tracking = city.tracking();
                em.persist(known);
            }
            known.steps = city.steps().size();
            known.stepAt = city.steps().get(city.steps().size() - 1).recorded();
            known.received = clock.now();
            return true;
        });
    }

    private static void replace(EntityManager em, CaseRow row, CaseSnapshot city) {
        row.state = city.state();
        row.stateLabelId = city.stateLabelId();
        row.stateLabelEn = city.stateLabelEn();
        row.closed = city.closed();
        row.due = city.due();
        if (city.data() != null) {
            row.data = JsonText.write(city.data());
        }
        if (row.subjectNik == null && city.subjectNik() != null) {
            row.subjectNik = city.subjectNik(); // a NIK issued later, recorded on the city
        }
        em.createQuery("delete from CaseStepRow s where s.tracking = :t").setParameter("t", row.tracking)
                .executeUpdate();
        for (CaseSnapshot.Step step : city.steps()) {
            em.persist(CaseStepRow.of(row.tracking, step));
        }
    }
}
