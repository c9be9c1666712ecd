package id.anjungan.broker;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/**
 * Waits until the live broker tells its clients about this standby. Clients learn the standby's address only from the
 * live broker's topology; a client whose live broker died before that keeps reconnecting to the dead one (seen in
 * {@code FailoverIT}), so "STANDBY" is printed only once a failover would reach this broker.
 */
final class Announcement {

    private final BrokerOptions options;

    Announcement(BrokerOptions options) {
        this.options = options;
    }

    /** Returns true once announced, false if {@code stillWaiting} turned false first (this broker became live). */
    boolean await(BooleanSupplier stillWaiting) throws InterruptedException {
        while (stillWaiting.getAsBoolean()) {
            try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://" + options.peer() + "?ha=true");
                    ClientSessionFactory ignored = locator.createSessionFactory()) {
                for (int i = 0; i < 25 && stillWaiting.getAsBoolean(); i++) {
                    if (locator.getTopology().getMembers().stream().anyMatch(m -> isMe(m.getBackup()))) {
                        return true;
                    }
                    Thread.sleep(200);
                }
            } catch (Exception e) {
                // the live broker is not up yet, or went away: ask again
                Thread.sleep(500);
            }
        }
        return false;
    }

    private boolean isMe(TransportConfiguration backup) {
        return backup != null
                && Objects.equals(String.valueOf(backup.getParams().get("port")), Integer.toString(options.port()))
                && Objects.equals(String.valueOf(backup.getParams().get("host")), options.host());
    }
}
