package id.anjungan.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23's topology test 3 at broker level: kill -9 of the live broker while a kiosk sends; the backup takes over,
 * the producer resends what failed with the same duplicate id, and the city's consumer has every message exactly once.
 */
class FailoverIT {

    static final int PRIMARY = 19311;
    static final int BACKUP = 19312;
    static final int MESSAGES = 600;
    static final String DUP = "_AMQ_DUPL_ID";

    @TempDir
    Path dir;

    @Test
    void theBackupTakesOverAndTheConsumerGetsEveryMessageOnce() throws Exception {
        Path data = dir.resolve("store");
        try (BrokerProcess primary = BrokerProcess.start("primary", data, PRIMARY).awaitLive();
                BrokerProcess backup = BrokerProcess.start("backup", data, BACKUP).awaitStandby();
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(haUrl(PRIMARY, BACKUP))) {
            CountDownLatch halfway = new CountDownLatch(1);
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger resends = new AtomicInteger();
            AtomicInteger duplicates = new AtomicInteger();
            CompletableFuture<Set<String>> consumed =
                    CompletableFuture.supplyAsync(() -> consume(factory, duplicates));
            CompletableFuture<Void> produced =
                    CompletableFuture.runAsync(() -> produce(factory, halfway, sent, resends));

            assertTrue(halfway.await(120, TimeUnit.SECONDS), "the producer got a third of the way");
            primary.kill();
            int sentBeforeKill = sent.get();
            backup.awaitLive();
            produced.get(180, TimeUnit.SECONDS);

            Set<String> ids = consumed.get(180, TimeUnit.SECONDS);
            System.out.printf(
                    "failover: killed after %d of %d sends, %d resends, %d duplicate deliveries folded%n",
                    sentBeforeKill, MESSAGES, resends.get(), duplicates.get());
            assertTrue(sentBeforeKill < MESSAGES, "the live broker died while the producer was sending");
            assertEquals(MESSAGES, ids.size(), "every message arrived (duplicates folded by id)");
            for (int i = 0; i < MESSAGES; i++) {
                assertTrue(ids.contains(id(i)), id(i));
            }
        }
    }

    /**
     * No fail-back: the restarted primary waits for the lock as the standby, and a client that stayed connected all
     * along follows the second failover to it too (the standby announced itself through the pair's cluster connection).
     */
    @Test
    void aRestartedPrimaryIsTheNextStandby() throws Exception {
        Path data = dir.resolve("store");
        try (BrokerProcess primary = BrokerProcess.start("primary", data, PRIMARY).awaitLive();
                BrokerProcess backup = BrokerProcess.start("backup", data, BACKUP).awaitStandby();
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(haUrl(PRIMARY, BACKUP));
                Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(CityAddresses.INBOUND));
            sendOnce(session, producer, 0);
            primary.kill();
            backup.awaitLive();
            sendOnce(session, producer, 1);
            try (BrokerProcess again = BrokerProcess.start("primary", data, PRIMARY)) {
                again.awaitLine("STARTING primary on " + PRIMARY);
                sendOnce(session, producer, 2);
                assertTrue(!again.printed("LIVE primary on " + PRIMARY), "no fail-back while the backup lives");
                backup.kill();
                again.awaitLive();
                sendOnce(session, producer, 3);
                Set<String> ids = consume(factory, new AtomicInteger(), 4);
                assertEquals(Set.of(id(0), id(1), id(2), id(3)), ids);
            }
        }
    }

    /** Sends one message, again with the same id after each JMSException, within a bound. */
    private static void sendOnce(Session session, MessageProducer producer, int i) throws Exception {
        CompletableFuture.runAsync(() -> {
                    while (true) {
                        try {
                            Message message = session.createTextMessage("{\"case\":" + i + "}");
                            message.setStringProperty(DUP, id(i));
                            producer.send(message);
                            return;
                        } catch (JMSException e) {
                            // failing over: the same id again
                        }
                    }
                })
                .get(120, TimeUnit.SECONDS);
    }

    static String haUrl(int first, int second) {
        return "(tcp://127.0.0.1:" + first + ",tcp://127.0.0.1:" + second
                + ")?ha=true&reconnectAttempts=-1&retryInterval=200";
    }

    static String id(int i) {
        return "K0001:case:" + i;
    }

    /** The relay's pattern: persistent, non-transacted; on any JMSException send again with the same duplicate id. */
    private static void produce(
            ActiveMQConnectionFactory factory, CountDownLatch halfway, AtomicInteger sent, AtomicInteger resends) {
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(CityAddresses.INBOUND));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < MESSAGES; i++) {
                while (true) {
                    try {
                        Message message = session.createTextMessage("{\"case\":" + i + "}");
                        message.setStringProperty(DUP, id(i));
                        producer.send(message);
                        sent.incrementAndGet();
                        break;
                    } catch (JMSException e) {
                        resends.incrementAndGet();
                    }
                }
                if (i == MESSAGES / 3) {
                    halfway.countDown();
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The city's pattern: it folds duplicates by id (after a failover it sees the last acknowledged one again). */
    private static Set<String> consume(ActiveMQConnectionFactory factory, AtomicInteger duplicates) {
        return consume(factory, duplicates, MESSAGES);
    }

    private static Set<String> consume(ActiveMQConnectionFactory factory, AtomicInteger duplicates, int expected) {
        Set<String> ids = new HashSet<>();
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue(CityAddresses.INBOUND);
            MessageConsumer consumer = session.createConsumer(queue);
            connection.start();
            long quietSince = System.nanoTime();
            while (ids.size() < expected && System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(60)) {
                try {
                    Message message = consumer.receive(1_000);
                    if (message != null) {
                        if (!ids.add(message.getStringProperty(DUP))) {
                            duplicates.incrementAndGet();
                        }
                        quietSince = System.nanoTime();
                    }
                } catch (JMSException e) {
                    // failing over: receive again
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }
}
