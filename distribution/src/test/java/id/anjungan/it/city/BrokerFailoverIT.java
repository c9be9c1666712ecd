package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import id.anjungan.city.Service;
import java.util.List;
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
        // mid-way: the kiosks relay what they filed so far while the next cases come in
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(3000);
                live.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        List<Filings.Filed> filed = Filings.atEveryKiosk(city.kiosks(), 8, (k, i) -> 30_000 + 1000 * k + i);
        killer.join();
        city.awaitBroker(standby);
        Arrivals.await(filed);
        Arrivals.assertWholeAndOnce(filed);
        assertTrue(standby.alive(), "the standby serves");
        // the killed broker comes back as the standby (it waits for the shared store's lock)
        live.start();
    }
}
