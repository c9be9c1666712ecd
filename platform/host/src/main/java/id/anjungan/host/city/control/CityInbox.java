package id.anjungan.host.city.control;

import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.city.entity.InboxRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.sync.AuditBatch;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.sync.ListRequest;
import id.anjungan.host.sync.Outcome;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Applies kiosk messages, each together with its {@code sync_inbox} row, so a message the city has applied already (a
 * resend outside the broker's duplicate window, a redelivery after a crash or failover, a second copy in the same
 * batch) changes nothing. Case snapshots and audit batches may go several in one transaction (a consumer's batch);
 * an attachment always goes alone, its bytes streamed before its transaction. Returns the outcomes to send to kiosks;
 * a duplicate returns them again unless they are known to be at the broker ({@link SentOutcomes}), in case the first
 * try committed here but did not send them.
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
    @Inject
    KioskStatuses statuses;
    @Inject
    ListDistribution lists;

    /** One message in a transaction of its own. */
    public List<Outcome> apply(Inbound m) {
        return SyncProtocol.KIND_ATTACHMENT.equals(m.kind()) ? applyAttachment(m) : applyTogether(List.of(m));
    }

    /**
     * Case snapshots and audit batches in one transaction: all of them or, on any failure, none. Applied kiosk by
     * kiosk (each kiosk's in the order given), so that two batches lock the rows of two kiosks in the same order.
     */
    public List<Outcome> applyTogether(List<Inbound> messages) {
        try {
            List<Applying> work = messages.stream().sorted(Comparator.comparing(Inbound::kiosk)).map(this::read)
                    .toList();
            return db.txRetrying(em -> {
                InboxTransaction tx = new InboxTransaction(db, em, clock.now());
                List<Outcome> outcomes = new ArrayList<>();
                for (Applying each : work) {
                    outcomes.addAll(each.apply(tx));
                }
                tx.finish();
                return outcomes;
            });
        } catch (IllegalArgumentException unreadable) {
            throw new UnusableMessage(unreadable.getMessage(), unreadable);
        }
    }

    /** A message read and checked, to be applied in a transaction. */
    private interface Applying {
        List<Outcome> apply(InboxTransaction tx);
    }

    private Applying read(Inbound m) {
        return switch (m.kind()) {
            case SyncProtocol.KIND_CASE -> applyCase(m, SyncJson.read(text(m), CaseSnapshot.class));
            case SyncProtocol.KIND_AUDIT -> applyAudit(m, SyncJson.read(text(m), AuditBatch.class));
            case SyncProtocol.KIND_STATUS -> applyStatus(m, text(m));
            case SyncProtocol.KIND_LIST_REQUEST -> applyListRequest(m, SyncJson.read(text(m), ListRequest.class));
            case SyncProtocol.KIND_ATTACHMENT -> throw new UnusableMessage("an attachment goes alone");
            default -> throw new UnusableMessage("unknown kind " + m.kind());
        };
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

    private Applying applyCase(Inbound m, CaseSnapshot s) {
        sameKiosk(m, s.kiosk());
        if (s.tracking() == null || s.steps() == null || s.steps().isEmpty()) {
            throw new UnusableMessage("a case without tracking number or steps");
        }
        return tx -> {
            if (!claim(tx.em, m)) {
                return sent.again(tx.em, m.duplicateId(), cases.outcomes(tx.em, s.tracking()));
            }
            tx.heard(m.kiosk(), s.kelurahan(), s.kecamatan());
            CaseSnapshots.Applied applied = cases.apply(tx, s);
            tx.em.find(InboxRow.class, m.duplicateId()).appliedAs = applied.as();
            sent.yielded(tx.em, m.duplicateId(), applied.outcomes());
            return applied.outcomes();
        };
    }

    private Applying applyAudit(Inbound m, AuditBatch batch) {
        sameKiosk(m, batch.kiosk());
        if (batch.entries() == null || batch.entries().isEmpty()) {
            throw new UnusableMessage("an audit batch without entries");
        }
        return tx -> {
            if (claim(tx.em, m)) {
                tx.heard(m.kiosk(), null, null);
                tx.em.find(InboxRow.class, m.duplicateId()).appliedAs = audits.apply(tx, batch);
            }
            return List.of();
        };
    }

    /** A heartbeat: kept unless a newer one is (no applied-message row: the compare is the once-only check). */
    private Applying applyStatus(Inbound m, String body) {
        KioskStatus status = SyncJson.read(body, KioskStatus.class);
        sameKiosk(m, status.kiosk());
        java.time.Instant sentAt = KioskStatuses.sentAt(status, body);
        return tx -> { // not counted among the kiosk's messages: its last contact is the heartbeat's own row
            statuses.apply(tx.em, m.kiosk(), sentAt, body, clock.now());
            return List.of();
        };
    }

    /**
     * A kiosk asking for newer recipient lists: answered off the consumer's thread (cutting and sending a list takes
     * a while), at most once per request; the answer is convergent, so sending it again would only be dropped.
     */
    private Applying applyListRequest(Inbound m, ListRequest request) {
        sameKiosk(m, request.kiosk());
        return tx -> {
            if (claim(tx.em, m)) {
                tx.heard(m.kiosk(), null, null);
                lists.requested(request, m.duplicateId().substring(m.duplicateId().lastIndexOf(':') + 1));
            }
            return List.of();
        };
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
            return recordAttachment(m, null); // the same bytes under a new duplicate id
        }
        AttachmentRow row;
        try {
            row = attachments.write(m.attachmentId(), Objects.requireNonNull(m.bytes(), "bytes"), Attachments.MAX_BYTES,
                    m.sha256());
        } catch (Problem refused) {
            throw new UnusableMessage("attachment " + m.attachmentId() + " refused: " + refused.getMessage(), refused);
        }
        row.originKiosk = m.kiosk();
        return recordAttachment(m, row);
    }

    /** The attachment's message as applied, with its row when it is new here. */
    private List<Outcome> recordAttachment(Inbound m, AttachmentRow row) {
        return db.txRetrying(em -> {
            if (claim(em, m)) {
                InboxTransaction tx = new InboxTransaction(db, em, clock.now());
                tx.heard(m.kiosk(), null, null);
                if (row != null && em.find(AttachmentRow.class, row.id) == null) {
                    em.persist(row);
                }
                tx.finish();
            }
            return List.of();
        });
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
}
