package id.anjungan.host.city.control;

import id.anjungan.host.sync.SyncProtocol;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An embedded Artemis broker for tests, configured as the contract asks: the inbound queue declared, a dead-letter
 * address after 3 tries, nothing auto-deleted; with a small duplicate-ID window so that resends also reach the
 * consumers (as they do after a long outage).
 */
final class TestBroker implements AutoCloseable {

    static final String DLQ = "anjungan.dlq"; // as the broker pair names it

    final String url;
    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final ActiveMQConnectionFactory factory;
    private final Connection connection;
    private final Session session;

    /** {@code acceptor}: {@code vm://n}, or {@code tcp://127.0.0.1:<port>} in this helper's range. */
    TestBroker(Path dir, String acceptor, int idCacheSize) throws Exception {
        this(dir, acceptor, idCacheSize, false);
    }

    /** {@code persistent}: a journal on disk, as a real broker keeps (the benchmark). */
    TestBroker(Path dir, String acceptor, int idCacheSize, boolean persistent) throws Exception {
        url = acceptor;
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(persistent);
        config.setSecurityEnabled(false);
        config.setJournalDirectory(dir.resolve("journal").toString());
        config.setLargeMessagesDirectory(dir.resolve("large").toString());
        config.setBindingsDirectory(dir.resolve("bindings").toString());
        config.setPagingDirectory(dir.resolve("paging").toString());
        config.setIDCacheSize(idCacheSize);
        config.addAcceptorConfiguration("test", acceptor);
        config.addAddressSetting("#", new AddressSettings().setDeadLetterAddress(SimpleString.of(DLQ))
                .setMaxDeliveryAttempts(3).setAutoDeleteQueues(false).setAutoDeleteAddresses(false));
        config.addQueueConfiguration(QueueConfiguration.of(SyncProtocol.INBOUND).setRoutingType(RoutingType.ANYCAST));
        config.addQueueConfiguration(QueueConfiguration.of(DLQ).setRoutingType(RoutingType.ANYCAST));
        broker.setConfiguration(config);
        broker.start();
        factory = new ActiveMQConnectionFactory(url);
        connection = factory.createConnection();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        connection.start();
    }

    /** What a kiosk's relay sends (a text body, or the bytes of an attachment). */
    void send(Inbound m) throws Exception {
        send(m, SyncProtocol.SCHEMA);
    }

    void send(Inbound m, int schema) throws Exception {
        Message message;
        if (m.bytes() != null) {
            BytesMessage bytes = session.createBytesMessage();
            bytes.writeBytes(m.bytes().readAllBytes());
            bytes.setStringProperty(SyncProtocol.ATTACHMENT, m.attachmentId());
            bytes.setStringProperty(SyncProtocol.SHA256, m.sha256());
            bytes.setStringProperty(SyncProtocol.CONTENT_TYPE, "image/png");
            message = bytes;
        } else {
            message = session.createTextMessage(m.text());
        }
        message.setStringProperty(SyncProtocol.KIND, m.kind());
        message.setStringProperty(SyncProtocol.KIOSK, m.kiosk());
        message.setIntProperty(SyncProtocol.SCHEMA_PROPERTY, schema);
        message.setStringProperty(SyncProtocol.DUPLICATE_ID, m.duplicateId());
        try (MessageProducer producer = session.createProducer(session.createQueue(SyncProtocol.INBOUND))) {
            producer.send(message);
        }
    }

    /** Takes every message waiting on {@code queue}; text bodies as text, others by their kind. */
    List<String> drain(String queue) throws JMSException {
        List<String> bodies = new ArrayList<>();
        try (MessageConsumer in = session.createConsumer(session.createQueue(queue))) {
            for (Message m = in.receive(500); m != null; m = in.receive(500)) {
                bodies.add(m instanceof TextMessage t ? t.getText() : m.getStringProperty(SyncProtocol.KIND));
            }
        }
        return bodies;
    }

    long waiting(String queue) throws Exception {
        var q = broker.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessageCount() + q.getDeliveringCount();
    }

    /** Forgets the duplicate ids the broker took at {@code address}: an outage longer than its window. */
    void forgetDuplicates(String address) throws Exception {
        broker.getActiveMQServer().getPostOffice().getDuplicateIDCache(SimpleString.of(address)).clear();
    }

    @Override
    public void close() throws Exception {
        connection.close();
        factory.close();
        broker.stop();
    }
}
