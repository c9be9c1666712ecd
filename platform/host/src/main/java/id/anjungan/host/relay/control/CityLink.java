package id.anjungan.host.relay.control;

import id.anjungan.host.sync.SyncProtocol;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * One connection to the city's broker: a producer to {@link SyncProtocol#INBOUND} and a consumer of this kiosk's own
 * queue. Any {@link JMSException} means the relay closes it and opens a new one later; nothing here retries.
 */
final class CityLink implements AutoCloseable {

    /** Called after each {@code send()} returned, before the relay marks anything sent (tests break in here). */
    interface AfterSend {
        void sent(Message message) throws JMSException;
    }

    private final String kiosk;
    private final ActiveMQConnectionFactory factory;
    private final Connection connection;
    private final Session sending;
    private final MessageProducer producer;
    private final Session receiving;
    private final MessageConsumer outcomes;
    private final AfterSend afterSend;
    private volatile JMSException lost;
    private volatile boolean connected = true;

    private CityLink(String kiosk, ActiveMQConnectionFactory factory, AfterSend afterSend) throws JMSException {
        this.kiosk = kiosk;
        this.factory = factory;
        this.connection = factory.createConnection();
        this.afterSend = afterSend;
        connection.setExceptionListener(e -> lost = e); // a receive just returns nothing when the link is gone
        // while the client reconnects by itself, a send or receive just waits: only this tells the admin it is down
        ((org.apache.activemq.artemis.jms.client.ActiveMQConnection) connection).setFailoverListener(event ->
                connected = event == org.apache.activemq.artemis.api.core.client.FailoverEventType.FAILOVER_COMPLETED);
        sending = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        producer = sending.createProducer(sending.createQueue(SyncProtocol.INBOUND));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        receiving = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        outcomes = receiving.createConsumer(receiving.createQueue(SyncProtocol.kioskAddress(kiosk)));
        connection.start();
    }

    /**
     * Connects; fails fast (one attempt) when no broker answers. Once connected, the client reconnects and fails over
     * by itself for a bounded while, then reports the link broken.
     */
    static CityLink open(String url, String user, String password, String kiosk, AfterSend afterSend)
            throws JMSException {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
        if (!url.contains("reconnectAttempts")) {
            factory.setReconnectAttempts(10); // about 10 s with the intervals below: a broker failover takes ~1 s
            factory.setRetryInterval(200);
            factory.setRetryIntervalMultiplier(1.5);
            factory.setMaxRetryInterval(2000);
        }
        if (!url.contains("callTimeout")) {
            factory.setCallTimeout(10_000);
        }
        try {
            return new CityLink(kiosk, factory, afterSend);
        } catch (JMSException | RuntimeException e) {
            factory.close(); // and with it the connection (closing the factory closes what it made)
            throw e;
        }
    }

    /** Sends a JSON body of {@code kind}; returns once the broker stored it. */
    void sendText(String kind, String key, String json) throws JMSException {
        TextMessage message = sending.createTextMessage(json);
        send(message, kind, key);
    }

    /** Streams an attachment's file as a large message (never held in the heap whole). */
    void sendFile(String id, String sha256, String contentType, Path file) throws JMSException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            BytesMessage message = sending.createBytesMessage();
            message.setObjectProperty("JMS_AMQ_InputStream", in);
            message.setStringProperty(SyncProtocol.ATTACHMENT, id);
            message.setStringProperty(SyncProtocol.SHA256, sha256);
            message.setStringProperty(SyncProtocol.CONTENT_TYPE, contentType);
            send(message, SyncProtocol.KIND_ATTACHMENT, id);
        }
    }

    private void send(Message message, String kind, String key) throws JMSException {
        message.setStringProperty(SyncProtocol.KIND, kind);
        message.setStringProperty(SyncProtocol.KIOSK, kiosk);
        message.setIntProperty(SyncProtocol.SCHEMA_PROPERTY, SyncProtocol.SCHEMA);
        message.setStringProperty(SyncProtocol.DUPLICATE_ID, SyncProtocol.duplicateId(kiosk, kind, key));
        producer.send(message);
        afterSend.sent(message);
    }

    /** The next message on this kiosk's queue, waiting up to {@code millis}; null when none came. */
    Message receive(long millis) throws JMSException {
        Message message = outcomes.receive(millis);
        if (message == null && lost != null) {
            throw lost;
        }
        return message;
    }

    /** Whether the link is up: false from a lost connection until the client reconnected or failed over. */
    boolean connected() {
        return connected;
    }

    /** Gives back what was received and not acknowledged: it comes again. */
    void recover() throws JMSException {
        receiving.recover();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            // the broker is gone already: nothing to close cleanly
        } finally {
            factory.close();
        }
    }
}
