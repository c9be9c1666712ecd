package id.anjungan.host.relay.control;

import id.anjungan.host.cases.control.CaseViews;
import id.anjungan.host.cases.control.StoredCaseStore;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.relay.entity.OutcomeRow;
import id.anjungan.host.sync.Outcome;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Applies what the city decided about this kiosk's cases, once per case and outcome (a redelivered outcome changes
 * nothing): each is recorded; a claim that lost to another kiosk's is also noted on the case, for the resident and
 * staff, in the same transaction.
 */
@ApplicationScoped
public class Outcomes {

    private static final Logger LOG = Logger.getLogger(Outcomes.class.getName());
    static final Actor CITY = new Actor("kota", "Server kota", Role.DINSOS, null);

    @Inject
    Database db;
    @Inject
    StoredCaseStore cases;
    @Inject
    KioskClock clock;

    /** Applies the outcome; false when it was applied before (or names no case of this kiosk). */
    public boolean apply(Outcome outcome) {
        String id = outcome.tracking() + ":" + outcome.result();
        return db.txRetrying(em -> {
            if (em.find(OutcomeRow.class, id) != null) {
                return false;
            }
            OutcomeRow row = new OutcomeRow();
            row.id = id;
            row.tracking = outcome.tracking();
            row.outcome = outcome.result();
            row.otherTracking = outcome.otherTracking();
            row.received = clock.now();
            em.persist(row);
            if (em.find(CaseRow.class, outcome.tracking()) == null) {
                LOG.warning(() -> "The city sent " + outcome.result() + " for " + outcome.tracking()
                        + ", not a case of this kiosk");
                return false;
            }
            if (Outcome.CLAIM_CONFLICT.equals(outcome.result())) {
                cases.annotate(em, outcome.tracking(), Map.of(CaseViews.CLAIM_CONFLICT, String.valueOf(
                        outcome.otherTracking())), CaseViews.claimConflict(outcome.otherTracking()).id() + " / "
                        + CaseViews.claimConflict(outcome.otherTracking()).en(), CITY);
            }
            return true;
        });
    }
}
