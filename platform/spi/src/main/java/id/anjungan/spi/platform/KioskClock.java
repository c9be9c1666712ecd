package id.anjungan.spi.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/** The platform's clock (Asia/Jakarta by default), replaceable in tests. */
@ProviderType
public interface KioskClock {

    Instant now();

    ZoneId zone();

    default LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }
}
