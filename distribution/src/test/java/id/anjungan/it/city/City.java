package id.anjungan.it.city;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Kiosk;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo city ({@link CityTopology}: PostgreSQL, broker pair, two city nodes, HAProxy, three kiosks) started once for
 * the topology tests of this JVM, on ports from {@code -Dcity.port} (19500), and stopped when the JVM ends.
 */
final class City {

    private static volatile CityTopology running;
    private static boolean hooked;
    private static final Map<String, Kiosk> CLIENTS = new ConcurrentHashMap<>();

    private City() {
    }

    /** The city with local accounts on every node. */
    static CityTopology get() throws Exception {
        return get(false);
    }

    /**
     * The city with Keycloak as the staff identity provider ({@code StaffIdentityIT}); its kiosks accept a cached
     * credential for {@link #OFFLINE_DAYS} days only, so that a test sees the offline period end.
     */
    static CityTopology withIdentityProvider() throws Exception {
        return get(true);
    }

    /** 0.0007 days: about a minute. */
    static final String OFFLINE_DAYS = "0.0007";

    /** The running city if it is of the kind asked for; otherwise it is stopped and the other kind started. */
    private static synchronized CityTopology get(boolean identityProvider) throws Exception {
        if (running != null && (running.identityProvider() != null) != identityProvider) {
            running.close();
            running = null;
            CLIENTS.clear();
        }
        if (running == null) {
            Path dist = Path.of(System.getProperty("kiosk.dist"));
            Path home = Path.of(System.getProperty("kiosk.home")).resolveSibling("city-it");
            // every test logs in from this one address
            Map<String, String> kiosks = new HashMap<>(Map.of("ANJUNGAN_LOGIN_SOURCE_PER_MINUTE", "1000"));
            CityTopology.Options options = CityTopology.Options.of(dist, home, Integer.getInteger("city.port", 19500));
            if (identityProvider) {
                kiosks.put("ANJUNGAN_STAFF_OFFLINE_DAYS", OFFLINE_DAYS);
                options = options.withIdentityProvider();
            }
            running = CityTopology.start(options.withKioskEnvironment(kiosks));
            if (!hooked) {
                hooked = true;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        CityTopology last = running;
                        if (last != null) {
                            last.close();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
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
