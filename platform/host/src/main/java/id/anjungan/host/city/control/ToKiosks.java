package id.anjungan.host.city.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.sync.SyncProtocol;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A city node's one producer of messages down to kiosks' queues, connected when first used. Any failure closes it; the
 * next send connects again. A send returns once the broker stored the message.
 */
@ApplicationScoped
public class ToKiosks {

    String url;
    String user;
    String password;
    private ActiveMQConnectionFactory factory;
    private Connection connection;
    private Session session;
    private MessageProducer producer;

    /** A JSON body of {@code kind} for {@code kiosk}. */
    public synchronized void sendText(String kiosk, String kind, String key, String json) throws JMSException {
        send(kiosk, kind, key, open().createTextMessage(json));
    }

    /** Bytes (a large message above Artemis's threshold) for {@code kiosk}, with their SHA-256. */
    public synchronized void sendBytes(String kiosk, String kind, String key, String sha256, byte[] bytes)
            throws JMSException {
        BytesMessage message = open().createBytesMessage();
        message.writeBytes(bytes);
        message.setStringProperty(SyncProtocol.SHA256, sha256);
        send(kiosk, kind, key, message);
    }

    private void send(String kiosk, String kind, String key, Message message) throws JMSException {
        message.setStringProperty(SyncProtocol.KIND, kind);
        message.setStringProperty(SyncProtocol.KIOSK, kiosk);
        message.setIntProperty(SyncProtocol.SCHEMA_PROPERTY, SyncProtocol.SCHEMA);
        message.setStringProperty(SyncProtocol.DUPLICATE_ID, SyncProtocol.cityDuplicateId(kind, key));
        try {
            producer.send(session.createQueue(SyncProtocol.kioskAddress(kiosk)), message);
        } catch (JMSException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Session open() throws JMSException {
        if (session == null) {
            if (url == null) {
                url = Settings.value(Setting.CITY_BROKER_URL);
                user = Settings.value(Setting.CITY_BROKER_USER);
                password = Settings.value(Setting.CITY_BROKER_PASSWORD);
            }
            factory = new ActiveMQConnectionFactory(url, user, password);
            try {
                connection = factory.createConnection();
                session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                producer = session.createProducer(null);
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            } catch (JMSException | RuntimeException e) {
                close();
                throw e;
            }
        }
        return session;
    }

    public synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException | RuntimeException e) {
            // the broker is gone already
        } finally {
            if (factory != null) {
                factory.close();
            }
            connection = null;
            session = null;
            producer = null;
            factory = null;
        }
    }
}
