package id.anjungan.host.city.control;

import id.anjungan.host.privacy.Masking;
import id.anjungan.host.sync.Outcome;
import id.anjungan.host.sync.SyncProtocol;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What one consumer takes in one transacted session, applied before the session commits. Case snapshots and audit
 * batches delivered for the first time go in one database transaction (one commit, not one per message). Alone, each
 * in a transaction of its own: an attachment, applied as soon as it is taken (Artemis discards the rest of a large
 * message's body once the next message is received), and a message delivered again (it may be the one that cannot be
 * applied; it ends the batch). When the shared transaction fails, its messages are applied one by one; any message
 * that fails then fails the whole batch: the session rolls back, those applied are found applied at their redelivery,
 * and the one that failed comes back alone, tried alone until the broker dead-letters it.
 */
final class InboundBatch {

    private static final Logger LOG = Logger.getLogger(InboundBatch.class.getName());

    private final CityInbox inbox;
    private final List<Message> together = new ArrayList<>();
    private final List<Inbound> read = new ArrayList<>();
    private final List<Message> alone = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private UnusableMessage refused;
    private int size;

    InboundBatch(CityInbox inbox) {
        this.inbox = inbox;
    }

    /** A message the broker has delivered before: it is never applied with others. */
    static boolean redelivered(Message m) throws JMSException {
        return m.getJMSRedelivered();
    }

    /**
     * Takes the next message; an attachment is applied at once. Throws at once what is not a refusal (the database
     * is away: trying the rest would only wait for it too).
     */
    void add(Message m) throws JMSException {
        size++;
        if (SyncProtocol.KIND_ATTACHMENT.equals(m.getStringProperty(SyncProtocol.KIND))) {
            applyAlone(m);
        } else if (redelivered(m)) {
            alone.add(m);
        } else {
            try {
                read.add(CityConsumers.inbound(m));
                together.add(m);
            } catch (UnusableMessage unusable) {
                alone.add(m); // refused in finish, once the others are applied
            }
        }
    }

    /** Whether more may be taken: nothing failed, and no message delivered again is in the batch. */
    boolean open() {
        return refused == null && alone.isEmpty();
    }

    int size() {
        return size;
    }

    /**
     * Applies what is not applied yet; returns every outcome, or throws the first {@link UnusableMessage} once the
     * others are applied, or at once any other failure. Each failure is logged here.
     */
    List<Outcome> finish() throws JMSException {
        if (read.size() == 1) {
            alone.add(0, together.get(0));
        } else if (!read.isEmpty()) {
            try {
                outcomes.addAll(inbox.applyTogether(read));
            } catch (RuntimeException e) {
                LOG.info(() -> read.size() + " kiosk messages not applied together, now one by one: "
                        + Masking.scrub(String.valueOf(e.getMessage())));
                alone.addAll(0, together);
            }
        }
        for (Message m : alone) {
            applyAlone(m);
        }
        if (refused != null) {
            throw refused;
        }
        return outcomes.stream().distinct().toList();
    }

    private void applyAlone(Message m) throws JMSException {
        try {
            outcomes.addAll(inbox.apply(CityConsumers.inbound(m)));
        } catch (UnusableMessage e) {
            LOG.warning(() -> "Kiosk message refused (" + describe(m) + "): " + Masking.scrub(e.getMessage()));
            refused = refused == null ? e : refused;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Kiosk message not applied, tried again later (" + describe(m) + "): "
                    + Masking.trace(e));
            throw e;
        }
    }

    static String describe(Message m) {
        try {
            return m.getStringProperty(SyncProtocol.KIND) + " from " + m.getStringProperty(SyncProtocol.KIOSK)
                    + ", delivery " + m.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | RuntimeException e) {
            return "unreadable properties";
        }
    }
}
