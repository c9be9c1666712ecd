package id.anjungan.host.catalog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.host.platform.control.ConfiguredKelurahan;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.host.security.control.TestStaff;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kiosk info the UI reads at start says the tier, so that the staff menu shows each tier its own screens. */
class KioskResourceTest {

    @Test
    void aKioskSaysItIsAKiosk() {
        Map<String, Object> info = on(false).kiosk();
        assertEquals("kiosk", info.get("tier"));
        assertEquals("Miroto", info.get("kelurahan"), "the rest as before");
    }

    @Test
    void aCityNodeSaysItIsTheCityTier() {
        assertEquals("city", on(true).kiosk().get("tier"));
    }

    private static KioskResource on(boolean city) {
        KioskResource resource = new KioskResource();
        resource.kelurahan = new ConfiguredKelurahan();
        resource.clock = new SystemClock();
        resource.areas = TestStaff.areas(null, city);
        return resource;
    }
}
