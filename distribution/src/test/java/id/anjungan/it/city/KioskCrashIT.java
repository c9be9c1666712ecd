package id.anjungan.it.city;

import id.anjungan.city.CityTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #23, test 4: kill -9 of a kiosk at random points while it relays, then restarted; every case arrives at the
 * city exactly once. The seed of the random points is printed, {@code -Dcity.crash.seed} repeats a run.
 */
class KioskCrashIT {

    private static final int KIOSK = 3;
    private static final int ROUNDS = Integer.getInteger("city.crash.rounds", 3);

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void aKioskKilledWhileItRelaysDeliversEveryCaseOnceAfterItsRestart() throws Exception {
        CityTopology city = City.get();
        long seed = Long.getLong("city.crash.seed", System.nanoTime());
        System.out.println("KioskCrashIT seed " + seed);
        Random random = new Random(seed);
        List<Filings.Filed> filed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < 6; i++) {
                filed.add(Filings.house(KIOSK, 40_001 + 100 * round + i));
            }
            // the relay is sending this round's photos, snapshots and audit batches
            Thread.sleep(random.nextInt(2500));
            city.kiosk(KIOSK).kill();
            city.kiosk(KIOSK).start();
            city.awaitKiosk(KIOSK);
            City.restarted(KIOSK);
        }
        Arrivals.await(filed);
        Arrivals.assertWholeAndOnce(filed);
    }
}
