package id.anjungan.host.runtime.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.config.Setting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A kiosk that would relay without a number would send duplicate ids another kiosk also sends: it does not start. */
class KioskRelaySettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty(Setting.KIOSK_NUMBER.key());
        System.clearProperty(Setting.CITY_BROKER_URL.key());
    }

    @Test
    void aBrokerWithoutAKioskNumberRefusesTheStart() {
        System.setProperty(Setting.CITY_BROKER_URL.key(), "tcp://127.0.0.1:19161");
        Kiosk.StartRefused refused = assertThrows(Kiosk.StartRefused.class, Kiosk::refuseRelayWithoutNumber);
        assertTrue(refused.getMessage().contains("ANJUNGAN_KIOSK_NUMBER"), refused.getMessage());
        System.setProperty(Setting.KIOSK_NUMBER.key(), "12345");
        assertThrows(Kiosk.StartRefused.class, Kiosk::refuseRelayWithoutNumber);
        System.setProperty(Setting.KIOSK_NUMBER.key(), "42");
        assertDoesNotThrow(Kiosk::refuseRelayWithoutNumber);
    }

    @Test
    void anIslandNeedsNoNumber() {
        assertDoesNotThrow(Kiosk::refuseRelayWithoutNumber);
    }
}
