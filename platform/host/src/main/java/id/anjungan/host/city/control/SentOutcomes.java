package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.InboxRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.sync.Outcome;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Whether the outcomes of an applied message are known to be at the broker. A duplicate of a message whose outcomes
 * may not have gone (a consumer stopped between the database's commit and the sends) sends them again; one whose
 * outcomes are known to be there sends none: the broker would only drop them by their duplicate ids, with a warning
 * each (AMQ222059), which is what a replayed batch (a kiosk restored from a backup) used to cause for every case.
 */
@ApplicationScoped
public class SentOutcomes {

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    /** In the applying transaction: a message that yields no outcome has none to send again. */
    void yielded(EntityManager em, String duplicateId, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            em.find(InboxRow.class, duplicateId).outcomesSent = clock.now();
        }
    }

    /** The outcomes a duplicate of the message sends again: none once they are known to be at the broker. */
    List<Outcome> again(EntityManager em, String duplicateId, List<Outcome> outcomes) {
        InboxRow row = em.find(InboxRow.class, duplicateId);
        return row != null && row.outcomesSent != null ? List.of() : outcomes;
    }

    /** After the sends returned: the outcomes of these messages are at the broker. */
    void sent(java.util.Collection<String> duplicateIds) {
        db.txRetrying(em -> em.createQuery("update InboxRow r set r.outcomesSent = :now where r.id in :ids"
                + " and r.outcomesSent is null").setParameter("now", clock.now()).setParameter("ids", duplicateIds)
                .executeUpdate());
    }
}
