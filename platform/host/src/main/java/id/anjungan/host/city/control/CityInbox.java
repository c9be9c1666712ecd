package id.anjungan.host.city.control;

import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.city.entity.InboxRow;
import id.anjungan.host.city.entity.OriginKiosk;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.sync.AuditBatch;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.Outcome;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Applies one kiosk message in one transaction together with its {@code sync_inbox} row, so a message the city has
 * applied already (a resend outside the broker's duplicate window, a redelivery after a crash or failover) changes
 * nothing. Returns the outcomes to send to kiosks; a duplicate returns them again unless they are known to be at the
 * broker ({@link SentOutcomes}), in case the first try committed here but did not send them.
 */
@ApplicationScoped
public class CityInbox {

    @Inject
    Database db;
    @Inject
    KioskClock clock;
    @Inject
    Attachments attachments;
    @Inject
    CaseSnapshots cases;
    @Inject
    OriginAudits audits;
    @Inject
    SentOutcomes sent;

    public List<Outcome> apply(Inbound m) {
        try {
            return switch (m.kind()) {
                case SyncProtocol.KIND_CASE -> applyCase(m, SyncJson.read(text(m), CaseSnapshot.class));
                case SyncProtocol.KIND_AUDIT -> applyAudit(m, SyncJson.read(text(m), AuditBatch.class));
                case SyncProtocol.KIND_ATTACHMENT -> applyAttachment(m);
                default -> throw new UnusableMessage("unknown kind " + m.kind());
            };
        } catch (IllegalArgumentException unreadable) {
            throw new UnusableMessage(unreadable.getMessage(), unreadable);
        }
    }

    private static String text(Inbound m) {
        if (m.text() == null) {
            throw new UnusableMessage("a " + m.kind() + " message without a text body");
        }
        return m.text();
    }

    private static void sameKiosk(Inbound m, String bodyKiosk) {
        if (!m.kiosk().equals(bodyKiosk)) {
            throw new UnusableMessage("sent by " + m.kiosk() + " for kiosk " + bodyKiosk);
        }
    }

    private List<Outcome> applyCase(Inbound m, CaseSnapshot s) {
        sameKiosk(m, s.kiosk());
        if (s.tracking() == null || s.steps() == null || s.steps().isEmpty()) {
            throw new UnusableMessage("a case without tracking number or steps");
        }
        return db.txRetrying(em -> {
            if (!claim(em, m)) {
                return sent.again(em, m.duplicateId(), cases.outcomes(em, s.tracking()));
            }
            seen(em, m.kiosk(), s.kelurahan(), s.kecamatan());
            CaseSnapshots.Applied applied = cases.apply(em, s);
            em.find(InboxRow.class, m.duplicateId()).appliedAs = applied.as();
            sent.yielded(em, m.duplicateId(), applied.outcomes());
            return applied.outcomes();
        });
    }

    private List<Outcome> applyAudit(Inbound m, AuditBatch batch) {
        sameKiosk(m, batch.kiosk());
        if (batch.entries() == null || batch.entries().isEmpty()) {
            throw new UnusableMessage("an audit batch without entries");
        }
        return db.txRetrying(em -> {
            if (claim(em, m)) {
                seen(em, m.kiosk(), null, null);
                em.find(InboxRow.class, m.duplicateId()).appliedAs = audits.apply(em, batch);
            }
            return List.of();
        });
    }

    /**
     * Streams the bytes to the attachment store first (a large message is read once, outside the transaction), then
     * records message and row together. A hash that does not match leaves nothing behind.
     */
    private List<Outcome> applyAttachment(Inbound m) {
        if (m.attachmentId() == null || !m.attachmentId().matches("[0-9a-f-]{36}") || m.sha256() == null) {
            throw new UnusableMessage("an attachment without its id or hash");
        }
        if (db.read(em -> em.find(InboxRow.class, m.duplicateId()) != null
                || em.find(AttachmentRow.class, m.attachmentId()) != null)) {
            return db.txRetrying(em -> {
                if (claim(em, m)) { // the same bytes under a new duplicate id
                    seen(em, m.kiosk(), null, null);
                }
                return List.of();
            });
        }
        AttachmentRow row;
        try {
            row = attachments.write(m.attachmentId(), Objects.requireNonNull(m.bytes(), "bytes"), Attachments.MAX_BYTES);
        } catch (Problem refused) {
            throw new UnusableMessage("attachment " + m.attachmentId() + " refused: " + refused.getMessage(), refused);
        }
        if (!row.sha256.equalsIgnoreCase(m.sha256())) {
            delete(Path.of(row.path));
            throw new UnusableMessage("attachment " + m.attachmentId() + " does not match its SHA-256");
        }
        row.originKiosk = m.kiosk();
        return db.txRetrying(em -> {
            if (claim(em, m) && em.find(AttachmentRow.class, row.id) == null) {
                seen(em, m.kiosk(), null, null);
                em.persist(row);
            }
            return List.of();
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Records the message as applied, first in its transaction: a consumer applying the same message at the same time
     * waits on the key and then fails, and its retry finds the message applied. False: it was applied already.
     */
    private boolean claim(EntityManager em, Inbound m) {
        if (em.find(InboxRow.class, m.duplicateId()) != null) {
            return false;
        }
        InboxRow row = new InboxRow();
        row.id = m.duplicateId();
        row.kind = m.kind();
        row.kiosk = m.kiosk();
        row.received = clock.now();
        row.appliedAs = "applied";
        em.persist(row);
        em.flush();
        return true;
    }

    /** The kiosk registry: when each kiosk was last heard from, and where it stands (its cases say). */
    private void seen(EntityManager em, String kiosk, String kelurahan, String kecamatan) {
        // one statement: consumers applying one kiosk's messages at once count every one
        int updated = em.createQuery("update OriginKiosk k set k.messages = k.messages + 1, k.lastMessage = :now"
                + " where k.id = :id").setParameter("now", clock.now()).setParameter("id", kiosk).executeUpdate();
        if (updated == 0) {
            OriginKiosk k = new OriginKiosk();
            k.id = kiosk;
            k.lastMessage = clock.now();
            k.messages = 1;
            em.persist(k);
            em.flush();
        }
        if (kelurahan != null && kecamatan != null) {
            em.createQuery("update OriginKiosk k set k.kelurahan = :kel, k.kecamatan = :kec where k.id = :id")
                    .setParameter("kel", kelurahan).setParameter("kec", kecamatan).setParameter("id", kiosk)
                    .executeUpdate();
        }
    }
}
