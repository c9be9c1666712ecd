package id.anjungan.host.relay.control;

import id.anjungan.host.sync.SyncProtocol;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The city's broker in the test JVM: persistent (its duplicate-id cache survives a restart), in-VM, with the
 * addresses of the contract declared as the city's configuration declares them.
 */
final class CityBroker implements AutoCloseable {

    static final String URL = "vm://0";

    private final Path dir;
    final String url;
    private EmbeddedActiveMQ server;

    CityBroker(Path dir) throws Exception {
        this(dir, URL);
    }

    /** At an in-VM address of its own: no client left reconnecting from an earlier test finds it. */
    CityBroker(Path dir, String url) throws Exception {
        this.dir = dir;
        this.url = url;
        start();
    }

    void start() throws Exception {
        Configuration config = new ConfigurationImpl().setPersistenceEnabled(true).setSecurityEnabled(false)
                .setJournalType(JournalType.NIO).setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dir.resolve("large").toString())
                .setPagingDirectory(dir.resolve("paging").toString()).setGlobalMaxSize(64L * 1024 * 1024)
                .addAcceptorConfiguration("in-vm", url)
                .addQueueConfiguration(anycast(SyncProtocol.INBOUND))
                .addQueueConfiguration(anycast(SyncProtocol.kioskAddress(CityKiosk.KIOSK)));
        server = new EmbeddedActiveMQ().setConfiguration(config);
        server.start();
    }

    private static QueueConfiguration anycast(String name) {
        return QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST).setDurable(true);
    }

    void stop() throws Exception {
        server.stop();
    }

    /** A message as the city received it: its duplicate id, kind, body (text or bytes) and properties. */
    record Delivered(String duplicateId, String kind, String kiosk, int schema, String text, byte[] bytes,
                     String attachment, String sha256) {
    }

    /** Every message on the city's inbound queue now (consumed). */
    List<Delivered> drain() throws JMSException {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(SyncProtocol.INBOUND));
            List<Delivered> messages = new ArrayList<>();
            for (Message m = consumer.receive(500); m != null; m = consumer.receive(200)) {
                byte[] body = null;
                if (m instanceof jakarta.jms.BytesMessage bytes) {
                    body = new byte[(int) bytes.getBodyLength()];
                    bytes.readBytes(body);
                }
                messages.add(new Delivered(m.getStringProperty(SyncProtocol.DUPLICATE_ID),
                        m.getStringProperty(SyncProtocol.KIND), m.getStringProperty(SyncProtocol.KIOSK),
                        m.getIntProperty(SyncProtocol.SCHEMA_PROPERTY),
                        m instanceof jakarta.jms.TextMessage t ? t.getText() : null, body,
                        m.getStringProperty(SyncProtocol.ATTACHMENT), m.getStringProperty(SyncProtocol.SHA256)));
            }
            return messages;
        }
    }

    /** Sends the city's message to this test kiosk's queue. */
    void toKiosk(String json, String duplicateId) throws JMSException {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(
                    SyncProtocol.kioskAddress(CityKiosk.KIOSK)));
            Message message = session.createTextMessage(json);
            message.setStringProperty(SyncProtocol.KIND, SyncProtocol.KIND_OUTCOME);
            if (duplicateId != null) {
                message.setStringProperty(SyncProtocol.DUPLICATE_ID, duplicateId);
            }
            producer.send(message);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
