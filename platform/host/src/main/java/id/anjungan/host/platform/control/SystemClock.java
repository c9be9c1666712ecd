package id.anjungan.host.platform.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.osgi.PlatformService;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;

/** Wall-clock time in the kiosk's zone (Asia/Jakarta unless {@code anjungan.zone} says otherwise). */
@ApplicationScoped
public class SystemClock implements KioskClock, PlatformService {

    private final ZoneId zone = ZoneId.of(Settings.value(Setting.ZONE));

    @Override
    public Class<?> serviceType() {
        return KioskClock.class;
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
