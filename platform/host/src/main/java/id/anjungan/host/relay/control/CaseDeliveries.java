package id.anjungan.host.relay.control;

import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.outbox.control.Outbox;
import id.anjungan.host.outbox.entity.OutboxRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.relay.entity.SentAttachment;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Sends the outbox's cases: for each case with unsent rows, first each attachment it names that the broker does not
 * have yet, then its snapshot now (which covers every row written before it was read), then marks those rows sent.
 * Duplicate ids come from the case ({@code <tracking>:<steps>}), so a resend after any failure is the same message.
 */
@ApplicationScoped
public class CaseDeliveries {

    private static final Logger LOG = Logger.getLogger(CaseDeliveries.class.getName());
    static final int BATCH = 100;

    @Inject
    Outbox outbox;
    @Inject
    Snapshots snapshots;
    @Inject
    Database db;
    @Inject
    KioskClock clock;

    /** Sends up to a batch of cases; returns how many were sent. */
    int deliver(CityLink link, String kiosk) throws JMSException {
        Map<String, Long> upTo = new LinkedHashMap<>();
        for (OutboxRow row : outbox.unsent(BATCH)) {
            upTo.merge(row.tracking, row.id, Math::max);
        }
        for (Map.Entry<String, Long> due : upTo.entrySet()) {
            try {
                deliver(link, kiosk, due.getKey());
            } catch (JMSException e) {
                outbox.attempted(due.getKey(), due.getValue());
                throw e;
            }
            outbox.sent(due.getKey(), due.getValue());
        }
        return upTo.size();
    }

    private void deliver(CityLink link, String kiosk, String tracking) throws JMSException {
        var snapshot = snapshots.of(kiosk, tracking);
        if (snapshot.isEmpty()) {
            LOG.warning(() -> "Outbox names case " + tracking + ", which is not there: nothing to send");
            return;
        }
        for (AttachmentRow attachment : snapshot.get().attachments()) {
            send(link, attachment);
        }
        var body = snapshot.get().body();
        link.sendText(SyncProtocol.KIND_CASE, tracking + ":" + body.steps().size(), SyncJson.write(body));
    }

    private void send(CityLink link, AttachmentRow attachment) throws JMSException {
        if (db.read(em -> em.find(SentAttachment.class, attachment.id)) != null) {
            return;
        }
        Path file = Path.of(attachment.path);
        if (!Files.isRegularFile(file)) { // nothing to send ever: the case goes without it, the city sees it named
            LOG.warning(() -> "Attachment " + attachment.id + " is named by a case but its file is gone");
            return;
        }
        try {
            link.sendFile(attachment.id, attachment.sha256, attachment.contentType, file);
        } catch (IOException e) {
            throw jms("attachment " + attachment.id + " not read", e);
        }
        db.txRetrying(em -> {
            if (em.find(SentAttachment.class, attachment.id) == null) {
                SentAttachment sent = new SentAttachment();
                sent.id = attachment.id;
                sent.sent = clock.now();
                em.persist(sent);
            }
            return null;
        });
    }

    static JMSException jms(String why, Exception cause) {
        JMSException e = new JMSException(why + ": " + cause);
        e.setLinkedException(cause);
        e.initCause(cause);
        return e;
    }
}
