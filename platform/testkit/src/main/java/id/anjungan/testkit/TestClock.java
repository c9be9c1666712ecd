package id.anjungan.testkit;

import id.anjungan.spi.platform.KioskClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock tests set and move. Starts at 2026-11-23 09:00 in Asia/Jakarta. */
public final class TestClock implements KioskClock {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private volatile Instant now = LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(JAKARTA).toInstant();

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return JAKARTA;
    }

    public void set(LocalDate day) {
        now = day.atTime(9, 0).atZone(JAKARTA).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
