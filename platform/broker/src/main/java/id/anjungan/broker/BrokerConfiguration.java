package id.anjungan.broker;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.activemq.artemis.core.config.ClusterConnectionConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.ha.SharedStoreBackupPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.SharedStorePrimaryPolicyConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.cluster.impl.MessageLoadBalancingType;

/** The broker's configuration, built in code from the command line: one shared-store node of the city's pair. */
final class BrokerConfiguration {

    /** The role every login gets when the broker is started with --user/--password. */
    static final String CLIENT_ROLE = "anjungan";

    private BrokerConfiguration() {}

    static Configuration of(BrokerOptions options) throws Exception {
        Path data = options.data();
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName("anjungan-" + options.role().label() + "-" + options.port());
        config.setPersistenceEnabled(true);
        // journal, bindings, paging, large messages and the node lock all on the shared store: whichever broker holds
        // the lock finds everything the other one had, the duplicate-ID caches included
        config.setJournalDirectory(data.resolve("journal").toString());
        config.setBindingsDirectory(data.resolve("bindings").toString());
        config.setPagingDirectory(data.resolve("paging").toString());
        config.setLargeMessagesDirectory(data.resolve("large-messages").toString());
        config.setNodeManagerLockDirectory(data.toString());
        // NIO everywhere: the same behaviour with or without libaio, and on a network filesystem
        config.setJournalType(JournalType.NIO);
        config.setPersistIDCache(true);
        config.setGlobalMaxSize(globalMaxSize(Runtime.getRuntime().maxMemory()));
        config.setHAPolicyConfiguration(haPolicy(options.role()));
        String uri = "tcp://" + options.host() + ":" + options.port();
        config.addAcceptorConfiguration("core", uri + "?protocols=CORE");
        config.addConnectorConfiguration("self", uri);
        config.addConnectorConfiguration("peer", "tcp://" + options.peer());
        config.addClusterConfiguration(pair());
        config.setSecurityEnabled(options.secured());
        if (options.secured()) {
            config.setClusterUser(options.user());
            config.setClusterPassword(options.password());
            config.putSecurityRoles("#", Set.of(clientRole()));
        }
        CityAddresses.declare(config);
        return config;
    }

    /**
     * Messages held in memory before addresses page to disk: a quarter of the heap given with -Xmx (Artemis would take
     * half of whatever heap the JVM picked, 3 GB on a 24 GB machine), leaving room for the duplicate-ID caches.
     */
    static long globalMaxSize(long maxHeap) {
        return maxHeap / 4;
    }

    private static org.apache.activemq.artemis.core.config.HAPolicyConfiguration haPolicy(BrokerOptions.Role role) {
        if (role == BrokerOptions.Role.PRIMARY) {
            // a stopped primary (SIGTERM for maintenance) hands over to the backup instead of leaving the city without
            return new SharedStorePrimaryPolicyConfiguration().setFailoverOnServerShutdown(true);
        }
        // no fail-back: the backup stays live once it took over; a restarted primary waits for the lock and is then
        // the standby, so a failover happens only when the live one dies, never a second time to move back
        return new SharedStoreBackupPolicyConfiguration()
                .setAllowFailBack(false)
                .setFailoverOnServerShutdown(true);
    }

    /**
     * The pair's cluster connection: through it the standby announces itself to the live broker, which tells its
     * clients; a client that knows only the live broker keeps reconnecting to it alone after it died (tried here).
     */
    private static ClusterConnectionConfiguration pair() {
        return new ClusterConnectionConfiguration()
                .setName("anjungan-pair")
                .setConnectorName("self")
                .setStaticConnectors(List.of("peer"))
                .setMessageLoadBalancingType(MessageLoadBalancingType.OFF)
                .setRetryInterval(500)
                .setReconnectAttempts(-1);
    }

    /** Kiosks and city nodes send, consume and create their kiosk queue; none may delete a queue or manage. */
    private static Role clientRole() {
        Role role = new Role();
        role.setName(CLIENT_ROLE);
        role.setSend(true);
        role.setConsume(true);
        role.setBrowse(true);
        role.setCreateAddress(true);
        role.setCreateDurableQueue(true);
        role.setCreateNonDurableQueue(true);
        role.setDeleteNonDurableQueue(true);
        return role;
    }
}
