package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import id.anjungan.city.Service;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #23, test 3: kill -9 of the live broker while the kiosks relay; the standby takes over from the shared store,
 * nothing is lost, the kiosks and city nodes reconnect by themselves. The kill comes once the city has applied 10 of
 * the messages the kiosks relay while they file.
 */
class BrokerFailoverIT {

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void theStandbyTakesOverFromAKilledLiveBrokerAndEveryCaseArrivesOnce() throws Exception {
        CityTopology city = City.get();
        Service live = city.liveBroker();
        Service standby = live == city.primaryBroker() ? city.backupBroker() : city.primaryBroker();
        // mid-way: the city has some of what the kiosks relay, the next cases are being filed
        AtomicBoolean killed = new AtomicBoolean();
        Thread killer = new Thread(() -> {
            try {
                long before = CityRecords.applied();
                while (CityRecords.applied() < before + 10) {
                    Thread.sleep(50);
                }
                live.kill();
                killed.set(true);
                System.out.printf("BrokerFailoverIT: %s killed after the city applied %d messages%n", live.name(),
                        CityRecords.applied() - before);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        killer.start();
        List<Filings.Filed> filed = Filings.atEveryKiosk(city.kiosks(), 8, (k, i) -> 30_000 + 1000 * k + i);
        killer.join();
        assertTrue(killed.get(), "the live broker was killed while the kiosks relayed");
        city.awaitBroker(standby);
        Arrivals.await(filed);
        Arrivals.assertWholeAndOnce(filed);
        assertTrue(standby.alive(), "the standby serves");
        // the killed broker comes back as the standby (it waits for the shared store's lock)
        live.start();
    }
}
