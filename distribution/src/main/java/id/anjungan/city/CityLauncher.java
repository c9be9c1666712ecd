package id.anjungan.city;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/anjungan-city}: starts the demo city, prints where everything is, and stops it all on Ctrl-C.
 * Arguments: the distribution folder. Environment: {@code ANJUNGAN_CITY_HOME} (default {@code ./var/city}, emptied at
 * every start), {@code ANJUNGAN_CITY_PORT} (the first port, default 8000).
 */
public final class CityLauncher {

    private CityLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        Path home = Path.of(System.getenv().getOrDefault("ANJUNGAN_CITY_HOME", "var/city")).toAbsolutePath();
        int base = Integer.parseInt(System.getenv().getOrDefault("ANJUNGAN_CITY_PORT", "8000"));
        System.out.println("Kota demo: PostgreSQL, broker pair, Keycloak, 2 city nodes, HAProxy, 3 kiosks; starting (a few "
                + "minutes on two cores) / starting the demo city…");
        CountDownLatch stopped = new CountDownLatch(1);
        CityTopology city = CityTopology.of(CityTopology.Options.of(dist, home, base).withIdentityProvider());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Menghentikan kota demo / stopping the demo city…");
            try {
                city.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }));
        CityTopology started = city.begin();
        System.out.println();
        System.out.print(started.describe());
        System.out.println("\nCtrl-C menghentikan semuanya / Ctrl-C stops everything.");
        stopped.await();
    }
}
