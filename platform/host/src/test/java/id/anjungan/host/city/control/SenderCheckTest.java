package id.anjungan.host.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.threads.Threads;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk sends only as itself: an embedded broker with security on and {@code populate-validated-user}, where each
 * kiosk logs in as its own user (as its certificate would make it under mutual TLS; here with a password, the same
 * stamp). Kiosk K0002 sends a case in K0001's name: with the check on, it is dead-lettered and K0001's own case applied.
 */
class SenderCheckTest {

    private static final String URL = "vm://23";
    private static final String DLQ = "anjungan.dlq";

    @TempDir
    Path dir;
    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final Threads threads = Threads.plain();
    private final CityConsumers consumers = new CityConsumers();
    private final KioskMessages miroto = new KioskMessages(1, "Miroto", "Semarang Tengah");
    private final List<String> warnings = new ArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord r) {
            warnings.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private CityFixture city;

    @BeforeEach
    void start() throws Exception {
        SecurityConfiguration users = new SecurityConfiguration();
        for (String user : List.of("city", "K0001", "K0002")) {
            users.addUser(user, user + "-secret");
            users.addRole(user, "anjungan");
        }
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(true);
        config.setPopulateValidatedUser(true);
        config.addAcceptorConfiguration("test", URL);
        config.putSecurityRoles("#", Set.of(new Role("anjungan", true, true, true, true, true, true, false, true, true,
                true, false, false)));
        config.addAddressSetting("#", new AddressSettings().setDeadLetterAddress(SimpleString.of(DLQ))
                .setMaxDeliveryAttempts(2).setAutoDeleteQueues(false).setAutoDeleteAddresses(false));
        config.addQueueConfiguration(QueueConfiguration.of(SyncProtocol.INBOUND).setRoutingType(RoutingType.ANYCAST));
        config.addQueueConfiguration(QueueConfiguration.of(DLQ).setRoutingType(RoutingType.ANYCAST));
        broker.setConfiguration(config);
        broker.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        broker.start();
        city = CityFixture.derby(dir);
        consumers.inbox = city.inbox;
        consumers.sentOutcomes = city.sent;
        consumers.threads = threads;
        Logger.getLogger(CityConsumers.class.getName()).addHandler(collector);
    }

    @AfterEach
    void stop() throws Exception {
        Logger.getLogger(CityConsumers.class.getName()).removeHandler(collector);
        consumers.stop();
        threads.close();
        broker.stop();
        city.close();
    }

    /** What kiosk {@code user} sends: a case snapshot in {@code miroto}'s (K0001's) name. */
    private void send(String user, String tracking) throws Exception {
        Inbound m = miroto.message(miroto.snapshot(tracking, 1, null));
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL, user, user + "-secret");
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage message = session.createTextMessage(m.text());
            message.setStringProperty(SyncProtocol.KIND, m.kind());
            message.setStringProperty(SyncProtocol.KIOSK, m.kiosk());
            message.setIntProperty(SyncProtocol.SCHEMA_PROPERTY, SyncProtocol.SCHEMA);
            message.setStringProperty(SyncProtocol.DUPLICATE_ID, m.duplicateId());
            message.setStringProperty(SenderCheck.VALIDATED_USER, "K0001"); // a forgery the broker overwrites
            try (MessageProducer producer = session.createProducer(session.createQueue(SyncProtocol.INBOUND))) {
                producer.send(message);
            }
        }
    }

    private long waiting(String queue) {
        var q = broker.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessageCount() + q.getDeliveringCount();
    }

    @Test
    void aCaseSentInAnotherKiosksNameIsDeadLetteredAndLoggedWithoutPersonalData() throws Exception {
        consumers.senders = new SenderCheck(true);
        consumers.start(URL, "city", "city-secret", 1);
        send("K0002", miroto.tracking(1));
        send("K0001", miroto.tracking(2));
        CityConsumersTest.await(() -> waiting(DLQ) == 1 && consumers.applied() == 1, "one dead, one applied");
        assertNull(city.db.read(em -> em.find(CaseRow.class, miroto.tracking(1))), "the forged case");
        assertNotNull(city.db.read(em -> em.find(CaseRow.class, miroto.tracking(2))), "K0001's own case");
        assertEquals(1, city.count("sync_inbox"));
        String refusal = warnings.stream().filter(w -> w.contains("in the name of kiosk")).findFirst().orElseThrow();
        assertEquals(true, refusal.contains("sent by broker user K0002 in the name of kiosk K0001"), refusal);
        assertEquals(false, String.join("\n", warnings).contains(KioskMessages.NIK), "no NIK logged");
    }

    @Test
    void withTheCheckOffTheSameForgeryIsApplied() throws Exception {
        consumers.senders = new SenderCheck(false);
        consumers.start(URL, "city", "city-secret", 1);
        send("K0002", miroto.tracking(1));
        CityConsumersTest.await(() -> consumers.applied() == 1, "applied");
        assertEquals(0, waiting(DLQ));
    }
}
