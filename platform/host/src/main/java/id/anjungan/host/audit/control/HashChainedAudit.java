package id.anjungan.host.audit.control;

import id.anjungan.host.audit.entity.AuditRow;
import id.anjungan.host.identity.control.Masking;
import id.anjungan.host.ledger.control.HashChain;
import id.anjungan.host.ledger.entity.ChainHead;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.runtime.control.PlatformService;
import id.anjungan.spi.Actor;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The audit log as a hash chain: altering, deleting or reordering any entry breaks {@link #verify()}. */
@ApplicationScoped
public class HashChainedAudit implements AuditLog, PlatformService {

    static final String CHAIN = "audit";

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    @Override
    public Class<?> serviceType() {
        return AuditLog.class;
    }

    @Override
    public void record(Actor actor, String action, String subject, String detail) {
        db.txRetrying(em -> {
            ChainHead head = HashChain.lock(em, CHAIN);
            AuditRow row = new AuditRow();
            row.sequence = head.lastSequence + 1;
            row.recorded = clock.now();
            row.actor = describe(actor);
            row.action = action;
            row.subject = Masking.scrub(subject);
            row.detail = Masking.scrub(detail);
            row.hash = hash(head.lastHash, row);
            em.persist(row);
            head.lastSequence = row.sequence;
            head.lastHash = row.hash;
            return null;
        });
    }

    /** "PSM Sari (PSM) untuk 3374••••••••0003" */
    public static String describe(Actor actor) {
        String who = actor.displayName() + " (" + actor.role() + ")";
        return actor.onBehalfOfNik() == null ? who : who + " untuk " + Masking.mask(actor.onBehalfOfNik());
    }

    public Verification verify() {
        List<AuditRow> rows = db.read(em -> em.createQuery("select a from AuditRow a order by a.sequence", AuditRow.class)
                .getResultList());
        String previous = "";
        long expected = 1;
        for (AuditRow row : rows) {
            if (row.sequence != expected) {
                return new Verification(false, rows.size(), expected, "entry " + expected + " is missing or out of order");
            }
            if (!hash(previous, row).equals(row.hash)) {
                return new Verification(false, rows.size(), expected, "entry " + expected + " was altered");
            }
            previous = row.hash;
            expected++;
        }
        ChainHead head = db.read(em -> em.find(ChainHead.class, CHAIN));
        if (head != null && (head.lastSequence != rows.size() || !head.lastHash.equals(previous))) {
            return new Verification(false, rows.size(), expected, "entries after " + rows.size() + " were deleted");
        }
        return new Verification(true, rows.size(), 0, null);
    }

    private static String hash(String previous, AuditRow row) {
        return HashChain.link(previous, row.sequence, row.recorded.toEpochMilli(), row.actor, row.action, row.subject,
                row.detail);
    }
}
