package id.anjungan.host.relay.control;

import id.anjungan.host.audit.entity.AuditRow;
import id.anjungan.host.outbox.control.Outbox;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.sync.AuditBatch;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the kiosk's audit chain by sequence (its order is its commit order: an entry is chained under the head's
 * lock) and sends it in batches from the cursor on. A batch that failed is sent again with the same range, so its
 * duplicate id ({@code <first>-<last>}) is the same.
 */
@ApplicationScoped
public class AuditDeliveries {

    static final int BATCH = 500;

    @Inject
    Outbox outbox;
    @Inject
    Database db;

    private long retryUpTo;

    /** Sends one batch if there are entries past the cursor; returns how many entries were sent. */
    synchronized int deliver(CityLink link, String kiosk) throws JMSException {
        long from = outbox.auditSent() + 1;
        long limit = retryUpTo >= from ? retryUpTo - from + 1 : BATCH;
        List<AuditRow> rows = db.read(em -> em.createQuery("select a from AuditRow a where a.sequence >= :from"
                + " order by a.sequence", AuditRow.class).setParameter("from", from).setMaxResults((int) limit)
                .getResultList());
        List<AuditBatch.Entry> entries = new ArrayList<>();
        for (AuditRow row : rows) {
            if (row.sequence != from + entries.size()) {
                break; // never past a gap: the chain is sent as it is, in order
            }
            entries.add(new AuditBatch.Entry(row.sequence, row.recorded, row.actor, row.action, row.subject,
                    row.detail, row.subjectKey, row.hash));
        }
        if (entries.isEmpty()) {
            return 0;
        }
        long last = from + entries.size() - 1;
        retryUpTo = last;
        link.sendText(SyncProtocol.KIND_AUDIT, from + "-" + last, SyncJson.write(new AuditBatch(kiosk, entries)));
        outbox.auditSent(last);
        retryUpTo = 0;
        return entries.size();
    }

    /** Entries of the chain the city does not have yet. */
    public long unsent() {
        Long head = db.read(em -> em.createQuery("select max(a.sequence) from AuditRow a", Long.class)
                .getSingleResult());
        return Math.max(0, (head == null ? 0 : head) - outbox.auditSent());
    }
}
