package id.anjungan.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressTest {

    private static final ClientAddress BEHIND_HAPROXY = new ClientAddress("10.20.0.0/24, ::1");

    private static String seen(ClientAddress addresses, String peer, String... forwardedFor) {
        return addresses.of(peer, Collections.enumeration(List.of(forwardedFor)));
    }

    @ParameterizedTest(name = "from {0} with X-Forwarded-For \"{1}\": {2}")
    @CsvSource(delimiter = ';', value = {
        "10.20.0.5; 203.0.113.7; 203.0.113.7",                         // HAProxy forwarded for a kiosk
        "10.20.0.5; 198.51.100.1, 203.0.113.7; 203.0.113.7",           // the kiosk claimed another address first
        "10.20.0.5; 203.0.113.7, 10.20.0.9; 203.0.113.7",              // through two trusted proxies
        "::1; 203.0.113.7; 203.0.113.7",
        "0:0:0:0:0:0:0:1; 2001:db8::7; 2001:db8::7",
        "10.20.0.5; 'not-an-address, 203.0.113.7'; 203.0.113.7",
        "10.20.0.5; 203.0.113.7, evil.example; 10.20.0.5",             // a proxy never writes a name: not believed
        "10.20.0.5; 203.0.113.7, ２０３.0.113.8; 10.20.0.5",           // full-width digits are no address either
        "10.20.0.5; '  '; 10.20.0.5",
        "10.20.1.5; 203.0.113.7; 10.20.1.5",                           // outside the trusted range: header ignored
        "203.0.113.7; 198.51.100.1; 203.0.113.7",                      // a client's own header is never believed
    })
    void believesTheHeaderOnlyAsFarAsTrustedProxiesWroteIt(String peer, String forwardedFor, String client) {
        assertEquals(client, seen(BEHIND_HAPROXY, peer, forwardedFor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.20.0.5", "::1"})
    void withoutTrustedProxiesTheHeaderIsIgnored(String peer) {
        assertEquals(peer, seen(new ClientAddress(null), peer, "198.51.100.1"));
        assertEquals(peer, seen(new ClientAddress(" "), peer, "198.51.100.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.20.0.0/33", "haproxy.local", "10.20.0.0/x", "10.20.0.256", "::1/129"})
    void refusesASettingThatIsNoAddressOrRange(String setting) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ClientAddress(setting));
        assertTrue(refused.getMessage().startsWith("ANJUNGAN_PROXY_TRUSTED"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.org", "1.2.3", "01.2.3.4", "1.2.3.4.5", "::g", ""})
    void aNameIsNeverLookedUp(String text) {
        assertTrue(ClientAddress.literal(text).isEmpty(), text);
    }
}
