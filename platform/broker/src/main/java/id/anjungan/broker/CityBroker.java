package id.anjungan.broker;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.server.ActivateCallback;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * Starts one broker of the city's shared-store pair and prints {@code LIVE <role> on <port>} once it serves clients,
 * or {@code STANDBY <role> on <port>} once the live broker has announced it to its clients (from then on a failover
 * reaches it); scripts and tests wait for these lines. SIGTERM stops it, and a stopped live broker hands over.
 *
 * <pre>java -cp 'lib/broker/*' id.anjungan.broker.CityBroker --role primary|backup --data DIR --port N</pre>
 */
public final class CityBroker {

    /** Artemis logs every message at INFO through these; kept referenced so the level holds. */
    private static final Logger AUDIT = Logger.getLogger("org.apache.activemq.audit");

    private final BrokerOptions options;
    private final ActiveMQServer server;
    private final CountDownLatch live = new CountDownLatch(1);

    CityBroker(BrokerOptions options) throws Exception {
        this.options = options;
        SecurityConfiguration users = new SecurityConfiguration();
        if (options.secured()) {
            users.addUser(options.user(), options.password());
            users.addRole(options.user(), BrokerConfiguration.CLIENT_ROLE);
        }
        this.server = ActiveMQServers.newActiveMQServer(
                BrokerConfiguration.of(options),
                ManagementFactory.getPlatformMBeanServer(),
                new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        server.registerActivateCallback(new ActivateCallback() {
            @Override
            public void activationComplete() {
                live.countDown();
                announce("LIVE " + options.role().label() + " on " + options.port());
            }
        });
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(
                "java.util.logging.SimpleFormatter.format",
                System.getProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n"));
        AUDIT.setLevel(Level.WARNING);
        BrokerOptions options;
        try {
            options = BrokerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(64);
            return;
        }
        CityBroker broker = new CityBroker(options);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "city-broker-stop"));
        broker.start();
    }

    /**
     * Starts the broker on its own thread: a primary restarted while the other broker is live blocks inside start()
     * until it gets the file lock (AMQ221034), and a backup only becomes live when the lock comes free.
     */
    void start() {
        announce("STARTING " + options.role().label() + " on " + options.port() + " with " + options.data()
                + ", peer " + options.peer() + " (waits for the shared store's lock while the other broker is live)");
        Thread starter = new Thread(
                () -> {
                    try {
                        server.start();
                        if (new Announcement(options).await(() -> live.getCount() > 0)) {
                            announce("STANDBY " + options.role().label() + " on " + options.port());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        System.err.println("CityBroker: broker tidak bisa mulai / the broker failed to start: " + e);
                        Runtime.getRuntime().halt(1);
                    }
                },
                "city-broker-start");
        starter.start();
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("CityBroker: " + e);
        }
        announce("STOPPED " + options.role().label() + " on " + options.port());
    }

    private static void announce(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
