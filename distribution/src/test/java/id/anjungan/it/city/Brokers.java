package id.anjungan.it.city;

import id.anjungan.city.CityTopology;

/** The broker pair as a test cuts the city off (both stopped) and brings it back. */
final class Brokers {

    private Brokers() {
    }

    /** Stops the standby first, then the live broker: no failover, the city is gone. */
    static void stopBoth(CityTopology city) throws InterruptedException {
        city.backupBroker().stop();
        city.primaryBroker().stop();
    }

    /** Starts both again; the first to get the shared store's lock is live. */
    static void startBoth(CityTopology city) throws Exception {
        city.primaryBroker().start();
        city.awaitBroker(city.primaryBroker());
        city.backupBroker().start();
    }
}
