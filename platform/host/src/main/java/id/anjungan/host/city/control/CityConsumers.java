package id.anjungan.host.city.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.privacy.Masking;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A city node's competing consumers of {@code anjungan.city.inbound}, on threads of their own. Each takes a message
 * in a transacted session, applies it in one database transaction ({@link CityInbox}), sends the outcomes it yields
 * (each stored at the broker when {@code send} returns), and only then commits the session: the acknowledgement follows
 * the database's commit and the outcomes, so a consumer killed in between has the message again, finds it applied and
 * sends the same outcomes unless they are recorded as sent ({@link SentOutcomes}); the broker drops any repeat by its
 * duplicate id.
 * A message that cannot be applied is rolled back, so the broker tries it again and, after its bounded number of
 * tries, moves it to the dead-letter address. Without a broker the node runs on, and each consumer connects again
 * by itself.
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
    /** Whether a message's sender is the kiosk it names ({@code anjungan.city.require.validated.user}). */
    SenderCheck senders = new SenderCheck();
    /** Runs after the database committed and before the session does (tests: a consumer killed in between). */
    volatile Runnable afterCommit = () -> { };

    /** Whether this node consumes: a city node with a broker. */
    public static boolean enabled() {
        return "city".equalsIgnoreCase(Settings.value(Setting.ROLE)) && Settings.get(Setting.CITY_BROKER_URL).isPresent();
    }

    /** Starts the configured consumers on a city node; nothing elsewhere. */
    public void start() {
        if (enabled()) {
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
                    Message message = in.receive(RECONNECT_MILLIS);
                    if (message != null) {
                        take(session, outcomes, out, message);
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

    private void take(Session session, Session outSession, MessageProducer out, Message message)
            throws JMSException {
        List<Outcome> outcomes;
        Inbound in;
        try {
            senders.check(message);
            in = inbound(message);
            outcomes = inbox.apply(in);
            afterCommit.run();
        } catch (UnusableMessage e) {
            LOG.warning(() -> "Kiosk message refused (" + describe(message) + "): " + Masking.scrub(e.getMessage()));
            session.rollback();
            return;
        } catch (RuntimeException e) { // the database is away: the message waits at the broker
            LOG.log(Level.WARNING, "Kiosk message not applied, tried again later (" + describe(message) + "): "
                    + Masking.trace(e));
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
            markSent(in);
        }
        session.commit();
        applied.incrementAndGet();
    }

    /** Not known as sent, a duplicate of the message sends its outcomes once more: no reason to take it again. */
    private void markSent(Inbound in) {
        try {
            sentOutcomes.sent(in.duplicateId());
        } catch (RuntimeException e) {
            LOG.fine(() -> "Outcomes of " + in.duplicateId() + " sent, not recorded as sent: " + e);
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

    private static String describe(Message m) {
        try {
            return m.getStringProperty(SyncProtocol.KIND) + " from " + m.getStringProperty(SyncProtocol.KIOSK)
                    + ", delivery " + m.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | RuntimeException e) {
            return "unreadable properties";
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
