package id.anjungan.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --user/--password every connection logs in, and the pair (its cluster connection) still fails over. */
class SecurityIT {

    static final int PRIMARY = 19351;
    static final int BACKUP = 19352;

    @TempDir
    Path dir;

    @Test
    void onlyTheGivenLoginGetsInAndTheSecuredPairFailsOver() throws Exception {
        try (BrokerPair pair = BrokerPair.start(
                        dir.resolve("store"), PRIMARY, BACKUP, "--user", "anjungan", "--password", "rahasia");
                ActiveMQConnectionFactory anonymous = new ActiveMQConnectionFactory(pair.url());
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(pair.url(), "anjungan", "rahasia")) {
            assertThrows(JMSSecurityException.class, () -> anonymous.createConnection().close());
            assertThrows(JMSSecurityException.class, () -> anonymous.createConnection("anjungan", "salah").close());
            // the pair's own user (let past every authorisation) has a secret of its own, not the clients' password
            assertThrows(JMSException.class, () -> anonymous.createConnection(ClusterSecret.USER, "rahasia")
                    .close());
            send(factory, 0);
            pair.primary().kill();
            pair.backup().awaitLive();
            send(factory, 1);
            assertEquals(2, DurabilityIT.drain(factory, CityAddresses.INBOUND));
        }
    }

    private static void send(ActiveMQConnectionFactory factory, int i) throws JMSException {
        DurabilityIT.send(factory, CityAddresses.INBOUND, i, i + 1);
    }
}
