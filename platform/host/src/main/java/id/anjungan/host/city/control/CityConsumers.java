package id.anjungan.host.city.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.sync.BytesMessageStream;
import id.anjungan.host.sync.Outcome;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.threads.Threads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A city node's competing consumers of {@code anjungan.city.inbound}, on threads of their own. Each takes a batch in a
 * transacted session (up to {@code ANJUNGAN_CITY_BATCH} messages, or what came within
 * {@code ANJUNGAN_CITY_BATCH_WAIT_MS} of the first), applies it ({@link InboundBatch}: its case snapshots and audit
 * batches in one database transaction), sends the outcomes it yields (each stored at the broker when {@code send}
 * returns), and only then commits the session: the acknowledgement follows the database's commit and the outcomes,
 * so a consumer killed in between has the messages again, finds them applied and sends the same outcomes unless they
 * are recorded as sent ({@link SentOutcomes}); the broker drops any repeat by its duplicate id.
 * A batch with a message that cannot be applied is rolled back, so the broker delivers its messages again, each then
 * applied alone; the bad one, after the broker's bounded number of tries, goes to the dead-letter address. Without a
 * broker the node runs on, and each consumer connects again by itself.
 */
@ApplicationScoped
public class CityConsumers {

    private static final Logger LOG = Logger.getLogger(CityConsumers.class.getName());
    private static final long RECONNECT_MILLIS = 1000;

    @Inject
    CityInbox inbox;
    @Inject
    Threads threads;
    @Inject
    SentOutcomes sentOutcomes;

    private volatile boolean running;
    private ExecutorService consumers;
    private ActiveMQConnectionFactory factory;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    /** Messages one session takes at most, and how long it waits for more after the first. */
    int batchSize = 50;
    long batchWaitMillis = 20;
    /** Whether a message's sender is the kiosk it names ({@code anjungan.city.require.validated.user}). */
    SenderCheck senders = new SenderCheck();
    /** Runs after the database committed a batch and before the session does (tests: a consumer killed in between). */
    volatile Runnable afterCommit = () -> { };

    /** Whether this node consumes: a city node with a broker. */
    public static boolean enabled() {
        return "city".equalsIgnoreCase(Settings.value(Setting.ROLE)) && Settings.get(Setting.CITY_BROKER_URL).isPresent();
    }

    /** Starts the configured consumers on a city node; nothing elsewhere. */
    public void start() {
        if (enabled()) {
            batchSize = Math.max(1, Settings.number(Setting.CITY_BATCH));
            batchWaitMillis = Math.max(0, Settings.number(Setting.CITY_BATCH_WAIT_MS));
            start(Settings.value(Setting.CITY_BROKER_URL), Settings.value(Setting.CITY_BROKER_USER),
                    Settings.value(Setting.CITY_BROKER_PASSWORD), Math.max(1, Settings.number(Setting.CITY_CONSUMERS)));
        }
    }

    /** Starts {@code count} consumers of the broker at {@code url}; returns at once, connected or not. */
    public synchronized void start(String url, String user, String password, int count) {
        factory = new ActiveMQConnectionFactory(url, user, password);
        consumers = threads.own(Executors.newFixedThreadPool(count, threads.named("city-consumer")));
        running = true;
        for (int i = 0; i < count; i++) {
            consumers.execute(this::consume);
        }
        LOG.info(() -> count + " city consumers of " + SyncProtocol.INBOUND + " started");
    }

    public synchronized void stop() {
        running = false;
        if (consumers != null) {
            consumers.shutdownNow();
            consumers = null;
        }
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }

    /** Messages applied (or found applied already) and acknowledged since the start. */
    public long applied() {
        return applied.get();
    }

    /** Batches taken (each committed once) since the start: fewer than {@link #applied()} when batching works. */
    public long batches() {
        return batches.get();
    }

    private void consume() {
        while (running && !Thread.currentThread().isInterrupted()) {
            try (Connection connection = factory.createConnection()) {
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer in = session.createConsumer(session.createQueue(SyncProtocol.INBOUND));
                // outcomes go outside the consuming transaction: a duplicate sent in a transaction rolls the whole
                // transaction back (Artemis), and a redelivered message sends its outcomes again
                Session outcomes = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer out = outcomes.createProducer(null);
                connection.start();
                while (running && !Thread.currentThread().isInterrupted()) {
                    Message first = in.receive(RECONNECT_MILLIS);
                    if (first != null) {
                        take(in, session, outcomes, out, first);
                    }
                }
            } catch (JMSException | JMSRuntimeException e) {
                if (running) {
                    LOG.fine(() -> "City broker not reachable, connecting again: " + e.getMessage());
                    pause();
                }
            }
        }
    }

    /**
     * Takes the first message and what follows within the wait, up to the batch size (a message delivered again or a
     * failure ends it), applies them, sends their outcomes and commits; rolls back on any failure.
     */
    private void take(MessageConsumer in, Session session, Session outSession, MessageProducer out, Message first)
            throws JMSException {
        InboundBatch batch = new InboundBatch(inbox); // logs what failed
        List<Outcome> outcomes;
        List<String> taken = new ArrayList<>();
        try {
            checkSender(first);
            taken.add(first.getStringProperty(SyncProtocol.DUPLICATE_ID));
            batch.add(first);
            long deadline = System.nanoTime() + batchWaitMillis * 1_000_000;
            while (batch.open() && batch.size() < batchSize) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                Message next = left > 0 ? in.receive(left) : in.receiveNoWait();
                if (next == null) {
                    break;
                }
                checkSender(next);
                taken.add(next.getStringProperty(SyncProtocol.DUPLICATE_ID));
                batch.add(next);
            }
            outcomes = batch.finish();
            afterCommit.run();
        } catch (UnusableMessage e) {
            session.rollback();
            return;
        } catch (RuntimeException e) { // the database is away: the messages wait at the broker
            session.rollback();
            pause();
            return;
        }
        for (Outcome o : outcomes) {
            TextMessage text = outSession.createTextMessage(SyncJson.write(o));
            text.setStringProperty(SyncProtocol.KIND, SyncProtocol.KIND_OUTCOME);
            text.setStringProperty(SyncProtocol.KIOSK, o.kiosk());
            text.setIntProperty(SyncProtocol.SCHEMA_PROPERTY, SyncProtocol.SCHEMA);
            text.setStringProperty(SyncProtocol.DUPLICATE_ID, SyncProtocol.duplicateId(o.kiosk(),
                    SyncProtocol.KIND_OUTCOME, o.tracking() + ":" + o.result()));
            out.send(outSession.createQueue(SyncProtocol.kioskAddress(o.kiosk())), text); // returns once stored
        }
        if (!outcomes.isEmpty()) {
            markSent(taken);
        }
        session.commit();
        applied.addAndGet(batch.size());
        batches.incrementAndGet();
    }

    /** A message in another kiosk's name fails the batch: its messages come back each alone, this one dead-lettered. */
    private void checkSender(Message m) throws JMSException {
        try {
            senders.check(m);
        } catch (UnusableMessage e) {
            LOG.warning(() -> "Kiosk message refused (" + InboundBatch.describe(m) + "): "
                    + id.anjungan.host.privacy.Masking.scrub(e.getMessage()));
            throw e;
        }
    }

    /** Not known as sent, a duplicate of a message sends its outcomes once more: no reason to take it again. */
    private void markSent(List<String> duplicateIds) {
        try {
            sentOutcomes.sent(duplicateIds);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Outcomes of a batch sent, not recorded as sent: " + e);
        }
    }

    /** The message as the contract has it; one of another schema or without a kind is unusable. */
    static Inbound inbound(Message m) throws JMSException {
        Object schema = m.getObjectProperty(SyncProtocol.SCHEMA_PROPERTY);
        if (schema == null || !String.valueOf(SyncProtocol.SCHEMA).equals(schema.toString())) {
            throw new UnusableMessage("unknown schema " + schema);
        }
        String kind = m.getStringProperty(SyncProtocol.KIND);
        String kiosk = m.getStringProperty(SyncProtocol.KIOSK);
        Object id = m.getObjectProperty(SyncProtocol.DUPLICATE_ID);
        String duplicateId = id instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : id == null ? null : id.toString();
        if (SyncProtocol.KIND_ATTACHMENT.equals(kind) && m instanceof BytesMessage bytes) {
            return new Inbound(duplicateId, kind, kiosk, null, new BytesMessageStream(bytes),
                    m.getStringProperty(SyncProtocol.ATTACHMENT), m.getStringProperty(SyncProtocol.SHA256));
        }
        if (m instanceof TextMessage text) {
            return Inbound.text(duplicateId, kind, kiosk, text.getText());
        }
        throw new UnusableMessage("a " + kind + " message of type " + m.getClass().getSimpleName());
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
