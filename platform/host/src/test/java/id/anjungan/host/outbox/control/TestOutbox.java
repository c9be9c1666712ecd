package id.anjungan.host.outbox.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.KioskClock;
import java.time.Duration;

/** An outbox on a test database: a kiosk with a city broker ({@code relays}) or an island. */
public final class TestOutbox {

    private TestOutbox() {
    }

    /** The retention of a relaying kiosk ({@code kiosk}) or a city node ({@code city}), with 30 days each. */
    public static SyncRetention retention(Database db, KioskClock clock, boolean kiosk, boolean city) {
        SyncRetention retention = new SyncRetention();
        retention.db = db;
        retention.clock = clock;
        retention.kiosk = kiosk;
        retention.city = city;
        retention.keepSent = Duration.ofDays(30);
        retention.keepApplied = Duration.ofDays(30);
        return retention;
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
