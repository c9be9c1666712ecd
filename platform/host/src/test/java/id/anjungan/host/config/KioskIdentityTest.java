package id.anjungan.host.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KioskIdentityTest {

    @AfterEach
    void clear() {
        System.clearProperty(Setting.KIOSK_NUMBER.key());
        System.clearProperty(Setting.CITY_BROKER_URL.key());
        System.clearProperty(Setting.ROLE.key());
    }

    @ParameterizedTest
    @CsvSource({"1, K0001", "42, K0042", "9999, K9999"})
    void theIdIsTheNumberInFourDigits(String number, String id) {
        System.setProperty(Setting.KIOSK_NUMBER.key(), number);
        assertEquals(id, KioskIdentity.id());
        assertEquals(Integer.valueOf(number), KioskIdentity.number().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10000", "-3", "K0042", "4a"})
    void aNumberOutsideOneTo9999IsRefused(String number) {
        System.setProperty(Setting.KIOSK_NUMBER.key(), number);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, KioskIdentity::number);
        assertTrue(refused.getMessage().contains("1 to 9999"), refused.getMessage());
    }

    @Test
    void onlyAKioskWithABrokerRelays() {
        assertFalse(KioskIdentity.relays(), "an island");
        System.setProperty(Setting.CITY_BROKER_URL.key(), "tcp://127.0.0.1:19161");
        assertTrue(KioskIdentity.relays());
        System.setProperty(Setting.ROLE.key(), "city");
        assertFalse(KioskIdentity.relays(), "a city node receives, it does not relay");
    }
}
