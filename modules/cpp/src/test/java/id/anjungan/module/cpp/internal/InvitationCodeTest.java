package id.anjungan.module.cpp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.testkit.TestPlatform;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationCodeTest {

    private final TestPlatform platform = new TestPlatform();
    private final InvitationCode codes = new InvitationCode("", platform.counters);

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 64, 65, 200})
    void hmacMatchesTheJavaCryptoProvider(int keyLength) throws Exception {
        byte[] key = new byte[keyLength];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7);
        }
        byte[] message = "CPP|2026-12-05-01|3374011712132101".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(keyLength == 0 ? new byte[1] : key, "HmacSHA256"));
        byte[] expected = mac.doFinal(message);
        assertArrayEquals(expected, InvitationCode.hmacSha256(keyLength == 0 ? new byte[1] : key, message));
    }

    @Test
    void everyKioskSharesTheStoredSecret() {
        String payload = codes.payload("2026-12-05-01", "3374011712132101");
        InvitationCode otherKiosk = new InvitationCode("", platform.counters);
        assertEquals(Optional.of(new InvitationCode.Scanned("2026-12-05-01", "3374011712132101")),
                otherKiosk.read(payload));
        assertEquals(payload, otherKiosk.payload("2026-12-05-01", "3374011712132101"));
        assertNotEquals(payload, new InvitationCode("configured", platform.counters)
                .payload("2026-12-05-01", "3374011712132101"), "a configured secret replaces the stored one");
        int cut = payload.lastIndexOf('|');
        assertTrue(codes.read(payload.substring(0, cut) + payload.substring(cut).toUpperCase()).isPresent(),
                "a scanner that upper-cases the check still reads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05-02|3374011712132101", "2026-12-05-01|3374011712132102"})
    void aChangedEventOrFamilyCardFailsTheCheck(String changed) {
        String payload = codes.payload("2026-12-05-01", "3374011712132101");
        String check = payload.substring(payload.lastIndexOf('|'));
        assertTrue(codes.read("CPP|" + changed + check).isEmpty());
    }
}
