package id.anjungan.host.outbox.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.KioskClock;
import java.time.Duration;

/** An outbox on a test database: a kiosk with a city broker ({@code relays}) or an island. */
public final class TestOutbox {

    private TestOutbox() {
    }

    public static Outbox on(Database db, KioskClock clock, boolean relays, int maxOfflineDays) {
        Outbox outbox = new Outbox();
        outbox.db = db;
        outbox.clock = clock;
        outbox.enabled = relays;
        outbox.maxOffline = Duration.ofDays(maxOfflineDays);
        return outbox;
    }
}
