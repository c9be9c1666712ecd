package id.anjungan.module.cpp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.testkit.TestPlatform;
import java.nio.charset.StandardCharsets;
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
    void theCodeNamesTheHouseholdWithoutItsFamilyCardNumber() {
        String payload = codes.payload("2026-12-05-01", "3374011712132101");
        assertFalse(payload.contains("3374011712132101"), payload);
        assertTrue(payload.startsWith("CPP2|2026-12-05-01|"), payload);
        InvitationCode.Scanned scanned = codes.read(payload).orElseThrow();
        assertTrue(codes.names(scanned, "3374011712132101"));
        assertFalse(codes.names(scanned, "3374011712132102"));
        assertFalse(codes.names(codes.read(codes.payload("2026-12-05-02", "3374011712132101")).orElseThrow(),
                "3374011712132102"), "another event's code for the same card names another pseudonym");
    }

    @Test
    void everyKioskSharesTheStoredSecret() {
        String payload = codes.payload("2026-12-05-01", "3374011712132101");
        InvitationCode otherKiosk = new InvitationCode("", platform.counters);
        assertTrue(otherKiosk.names(otherKiosk.read(payload).orElseThrow(), "3374011712132101"));
        assertEquals(payload, otherKiosk.payload("2026-12-05-01", "3374011712132101"));
        assertNotEquals(payload, new InvitationCode("configured", platform.counters)
                .payload("2026-12-05-01", "3374011712132101"), "a configured secret replaces the stored one");
        int cut = payload.lastIndexOf('|');
        assertTrue(codes.read(payload.substring(0, cut) + payload.substring(cut).toUpperCase()).isPresent(),
                "a scanner that upper-cases the check still reads");
    }

    @Test
    void anInvitationPrintedBeforeStillScans() {
        String body = "CPP|2026-12-05-01|3374011712132101";
        String older = body + "|" + java.util.HexFormat.of().formatHex(InvitationCode.hmacSha256(secret(), body
                .getBytes(StandardCharsets.UTF_8))).substring(0, 10);
        InvitationCode.Scanned scanned = codes.read(older).orElseThrow();
        assertEquals("2026-12-05-01", scanned.eventId());
        assertTrue(codes.names(scanned, "3374011712132101"));
        assertTrue(codes.read(body + "|0000000000").isEmpty(), "a forged check");
    }

    @Test
    void aChangedEventOrHouseholdFailsTheCheck() {
        String[] parts = codes.payload("2026-12-05-01", "3374011712132101").split("\\|");
        String otherHousehold = (parts[2].charAt(0) == '0' ? "1" : "0") + parts[2].substring(1);
        assertTrue(codes.read("CPP2|2026-12-05-02|" + parts[2] + "|" + parts[3]).isEmpty());
        assertTrue(codes.read("CPP2|" + parts[1] + "|" + otherHousehold + "|" + parts[3]).isEmpty());
    }

    /** The secret the platform stored for every kiosk, as the first payload made it. */
    private byte[] secret() {
        codes.payload("x", "3374011712132101");
        return java.util.HexFormat.of().parseHex(platform.counters.claimed("CPP-secret", "qr").orElseThrow()
                .details().get("secret"));
    }
}
