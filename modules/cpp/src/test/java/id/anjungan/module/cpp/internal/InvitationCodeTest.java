package id.anjungan.module.cpp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.testkit.TestPlatform;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvitationCodeTest {

    private final TestPlatform platform = new TestPlatform();
    private final InvitationCode codes = new InvitationCode("", platform.store, platform.counters);

    /** RFC 4231's test cases 1, 2 and 6 (a key longer than the block). */
    @ParameterizedTest
    @CsvSource({
            "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, Hi There, "
                    + "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            "4a656665, what do ya want for nothing?, "
                    + "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            "aa*131, Test Using Larger Than Block-Size Key - Hash Key First, "
                    + "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"})
    void hmacIsRfc4231s(String key, String message, String expected) {
        String hex = key.startsWith("aa*") ? "aa".repeat(Integer.parseInt(key.substring(3))) : key;
        assertEquals(expected, java.util.HexFormat.of().formatHex(InvitationCode.hmacSha256(
                java.util.HexFormat.of().parseHex(hex), message.getBytes(StandardCharsets.US_ASCII))));
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
        InvitationCode otherKiosk = new InvitationCode("", platform.store, platform.counters);
        assertTrue(otherKiosk.names(otherKiosk.read(payload).orElseThrow(), "3374011712132101"));
        assertEquals(payload, otherKiosk.payload("2026-12-05-01", "3374011712132101"));
        assertNotEquals(payload, new InvitationCode("configured", platform.store, platform.counters)
                .payload("2026-12-05-01", "3374011712132101"), "a configured secret replaces the stored one");
        int cut = payload.lastIndexOf('|');
        assertTrue(codes.read(payload.substring(0, cut) + payload.substring(cut).toUpperCase()).isPresent(),
                "a scanner that upper-cases the check still reads");
    }

    @Test
    void theSecretIsKeptInTheProgramStore() {
        codes.payload("2026-12-05-01", "3374011712132101");
        assertEquals(64, platform.store.get(InvitationCode.SECRET_KEY).orElseThrow().length());
        assertTrue(platform.counters.claims("CPP-secret").isEmpty(), "no claim-once key any more");
    }

    @Test
    void aSecretKeptAsAClaimBeforeTheStoreStillSignsAndScans() {
        TestPlatform earlier = new TestPlatform();
        String hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        earlier.counters.claimOnce("CPP-secret", "qr", "CPP", java.util.Map.of("secret", hex));
        String body = "CPP2|2026-12-05-01|";
        InvitationCode upgraded = new InvitationCode("", earlier.store, earlier.counters);
        String payload = upgraded.payload("2026-12-05-01", "3374011712132101");
        String household = java.util.HexFormat.of().formatHex(InvitationCode.hmacSha256(
                java.util.HexFormat.of().parseHex(hex), "household|2026-12-05-01|3374011712132101"
                        .getBytes(StandardCharsets.UTF_8))).substring(0, 20);
        assertTrue(payload.startsWith(body + household + "|"), payload);
        assertEquals(hex, earlier.store.get(InvitationCode.SECRET_KEY).orElseThrow(), "handed over to the store");
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
        return java.util.HexFormat.of().parseHex(platform.store.get(InvitationCode.SECRET_KEY).orElseThrow());
    }
}
