package id.anjungan.host.security.control;

import id.anjungan.spi.platform.KioskClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A kiosk clock a test moves by hand; resident sessions on it for tests of other packages. */
public final class SettableClock implements KioskClock {

    private volatile Instant now;

    public SettableClock(Instant now) {
        this.now = now;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Asia/Jakarta");
    }

    public void pass(Duration time) {
        now = now.plus(time);
    }

    /** A session store on this clock, with the default settings. */
    public ResidentSessions sessions() {
        ResidentSessions sessions = new ResidentSessions();
        sessions.clock = this;
        return sessions;
    }
}
