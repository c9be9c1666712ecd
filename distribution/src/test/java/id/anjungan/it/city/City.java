package id.anjungan.it.city;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Kiosk;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo city ({@link CityTopology}: PostgreSQL, broker pair, two city nodes, HAProxy, three kiosks) started once for
 * the topology tests of this JVM, on ports from {@code -Dcity.port} (19500), and stopped when the JVM ends.
 */
final class City {

    private static CityTopology running;
    private static final Map<String, Kiosk> CLIENTS = new ConcurrentHashMap<>();

    private City() {
    }

    static synchronized CityTopology get() throws Exception {
        if (running == null) {
            Path dist = Path.of(System.getProperty("kiosk.dist"));
            Path home = Path.of(System.getProperty("kiosk.home")).resolveSibling("city-it");
            // every test logs in from this one address
            running = CityTopology.start(CityTopology.Options.of(dist, home, Integer.getInteger("city.port", 19500))
                    .withKioskEnvironment(Map.of("ANJUNGAN_LOGIN_SOURCE_PER_MINUTE", "1000")));
            CityTopology started = running;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return running;
    }

    /** A client of kiosk k (1 to 3). */
    static Kiosk kiosk(int k) throws Exception {
        return CLIENTS.computeIfAbsent("kiosk" + k, key -> Kiosk.at(running.kioskUrl(k, "")));
    }

    /** Kiosk k was restarted: its staff logins are gone, the next client logs in afresh. */
    static void restarted(int k) {
        CLIENTS.remove("kiosk" + k);
    }

    /** A client of city node i, past HAProxy (a staff login is held by the node that made it). */
    static Kiosk node(int i) throws Exception {
        return CLIENTS.computeIfAbsent("node" + i, key -> Kiosk.at("http://127.0.0.1:" + running.ports().node(i)));
    }

    /** The kiosk id of kiosk k, as the city records it. */
    static String kioskId(int k) {
        return "K%04d".formatted(k);
    }
}
