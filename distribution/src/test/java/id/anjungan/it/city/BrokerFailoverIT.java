package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import id.anjungan.city.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #23, test 3: kill -9 of the live broker while the kiosks relay; the standby takes over from the shared store,
 * nothing is lost, the kiosks and city nodes reconnect by themselves.
 */
class BrokerFailoverIT {

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void theStandbyTakesOverFromAKilledLiveBrokerAndEveryCaseArrivesOnce() throws Exception {
        CityTopology city = City.get();
        Service live = city.liveBroker();
        Service standby = live == city.primaryBroker() ? city.backupBroker() : city.primaryBroker();
        List<Filings.Filed> filed = new ArrayList<>();
        ExecutorService kiosks = Executors.newFixedThreadPool(city.kiosks());
        try {
            List<Future<List<Filings.Filed>>> each = new ArrayList<>();
            for (int k = 1; k <= city.kiosks(); k++) {
                int kiosk = k;
                each.add(kiosks.submit(() -> {
                    List<Filings.Filed> mine = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        mine.add(Filings.house(kiosk, 30_000 + 1000 * kiosk + i));
                    }
                    return mine;
                }));
            }
            // mid-way: the kiosks relay what they filed so far while the next cases come in
            Thread.sleep(3000);
            live.kill();
            for (Future<List<Filings.Filed>> f : each) {
                filed.addAll(f.get());
            }
        } finally {
            kiosks.shutdownNow();
        }
        city.awaitBroker(standby);
        Arrivals.await(filed);
        Arrivals.assertWholeAndOnce(filed);
        assertTrue(standby.alive(), "the standby serves");
        // the killed broker comes back as the standby (it waits for the shared store's lock)
        live.start();
    }
}
