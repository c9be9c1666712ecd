package id.anjungan.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queues are declared, not auto-deleted: an emptied kiosk queue and the inbound queue are still there after a failover
 * and after a restart of the pair, and so is the duplicate-ID cache (resends of already consumed messages are dropped).
 */
class DurabilityIT {

    static final int PRIMARY = 19321;
    static final int BACKUP = 19322;
    static final String KIOSK = CityAddresses.KIOSK_PREFIX + "K0007";

    @TempDir
    Path dir;

    @Test
    void queuesAndTheDuplicateCacheSurviveFailoverAndRestart() throws Exception {
        Path data = dir.resolve("store");
        try (BrokerProcess primary = BrokerProcess.start("primary", data, PRIMARY).awaitLive();
                BrokerProcess backup = BrokerProcess.start("backup", data, BACKUP).awaitStandby()) {
            String url = FailoverIT.haUrl(PRIMARY, BACKUP);
            send(url, CityAddresses.INBOUND, 0, 50);
            send(url, KIOSK, 0, 1);
            assertEquals(50, drain(url, CityAddresses.INBOUND));
            assertEquals(1, drain(url, KIOSK), "the kiosk queue was created on first use");

            primary.kill();
            backup.awaitLive();
            assertQueues("tcp://127.0.0.1:" + BACKUP);
            send(url, CityAddresses.INBOUND, 0, 50);
            send(url, KIOSK, 0, 1);
            assertEquals(0, count("tcp://127.0.0.1:" + BACKUP, CityAddresses.INBOUND), "resends dropped");
            assertEquals(0, count("tcp://127.0.0.1:" + BACKUP, KIOSK), "resends dropped");
            send(url, CityAddresses.INBOUND, 50, 51);
            assertEquals(1, count("tcp://127.0.0.1:" + BACKUP, CityAddresses.INBOUND), "a new id still goes through");
            assertEquals(143, backup.terminate(), "SIGTERM stops the broker");
        }
        try (BrokerProcess restarted = BrokerProcess.start("primary", data, PRIMARY).awaitLive()) {
            String url = "tcp://127.0.0.1:" + PRIMARY;
            assertQueues(url);
            send(url, CityAddresses.INBOUND, 0, 51);
            send(url, KIOSK, 0, 1);
            assertEquals(1, count(url, CityAddresses.INBOUND), "only the message left before the restart");
            assertEquals(0, count(url, KIOSK));
        }
    }

    private static void assertQueues(String url) throws Exception {
        for (String queue : new String[] {CityAddresses.INBOUND, KIOSK, CityAddresses.DEAD_LETTER}) {
            assertTrue(query(url, queue).isExists(), queue + " exists");
        }
    }

    private static long count(String url, String queue) throws Exception {
        return query(url, queue).getMessageCount();
    }

    private static ClientSession.QueueQuery query(String url, String queue) throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(url);
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession session = factory.createSession()) {
            return session.queueQuery(SimpleString.of(queue));
        }
    }

    static void send(String url, String queue, int from, int to) throws JMSException {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
                Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            for (int i = from; i < to; i++) {
                Message message = session.createTextMessage("m" + i);
                message.setStringProperty(FailoverIT.DUP, queue + ":" + i);
                producer.send(message);
            }
        }
    }

    private static int drain(String url, String queue) throws JMSException {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
                Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            connection.start();
            int received = 0;
            for (Message m = consumer.receive(5_000); m != null; m = consumer.receive(2_000)) {
                assertNotNull(m.getStringProperty(FailoverIT.DUP));
                received++;
            }
            return received;
        }
    }
}
