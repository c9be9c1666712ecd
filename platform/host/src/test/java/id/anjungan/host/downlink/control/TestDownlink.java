package id.anjungan.host.downlink.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.KioskClock;

/** The downlink on a test database: a city node's ({@code enabled}) or a kiosk's, which writes nothing. */
public final class TestDownlink {

    private TestDownlink() {
    }

    public static Downlink on(Database db, KioskClock clock, boolean enabled) {
        Downlink downlink = new Downlink();
        downlink.db = db;
        downlink.clock = clock;
        downlink.enabled = enabled;
        return downlink;
    }
}
