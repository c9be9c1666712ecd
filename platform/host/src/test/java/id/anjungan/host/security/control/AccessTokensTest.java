package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    private static final TestTokens TOKENS = new TestTokens();
    private static final Map<String, PublicKey> KEYS = IdentityProvider.rsaKeys(
            Json.createReader(new java.io.StringReader(TOKENS.jwks())).readObject());

    private static AccessTokens.Claims verify(String token, Instant at) {
        return AccessTokens.verify(token, KEYS, TestTokens.ISSUER, "anjungan", at);
    }

    private static JsonObject tksk() {
        return TestTokens.claims(TestTokens.ISSUER, "tksk", "TKSK", "/kecamatan/Semarang Tengah", NOW).build();
    }

    private static String refused(String token) {
        return assertThrows(AccessTokens.Invalid.class, () -> verify(token, NOW)).getMessage();
    }

    @Test
    void aTokenOfTheRealmNamesTheAccountItsRoleAndItsKecamatan() {
        AccessTokens.Claims claims = verify(TOKENS.sign(tksk()), NOW);
        assertEquals("tksk", claims.username());
        assertEquals(Role.TKSK, claims.role());
        assertEquals("Semarang Tengah", claims.kecamatan());
        assertEquals(NOW.plusSeconds(60), claims.expires());
        assertTrue(AccessTokens.looksLikeJwt(TOKENS.sign(tksk())));
        assertFalse(AccessTokens.looksLikeJwt("a-local-session-token"));
    }

    @Test
    void anExpiredTokenIsRefusedAsExpiredSoThatTheClientRefreshesIt() {
        String token = TOKENS.sign(tksk());
        assertEquals("tksk", verify(token, NOW.plusSeconds(60)).username()); // within the clock skew
        AccessTokens.Invalid late = assertThrows(AccessTokens.Invalid.class,
                () -> verify(token, NOW.plusSeconds(60).plus(AccessTokens.SKEW)));
        assertTrue(late.expired());
        JsonObject future = Json.createObjectBuilder(tksk()).add("iat", NOW.plusSeconds(120).getEpochSecond()).build();
        assertFalse(assertThrows(AccessTokens.Invalid.class, () -> verify(TOKENS.sign(future), NOW)).expired());
    }

    @Test
    void aTokenOfAnotherIssuerOrForAnotherClientIsRefused() {
        assertEquals("wrong issuer", refused(TOKENS.sign(TestTokens.claims("http://127.0.0.1:1/realms/master", "tksk",
                "TKSK", null, NOW).build())));
        assertEquals("wrong audience", refused(TOKENS.sign(Json.createObjectBuilder(tksk())
                .add("aud", Json.createArrayBuilder().add("account").add("other")).build())));
        assertEquals("not an access token", refused(TOKENS.sign(Json.createObjectBuilder(tksk()).add("typ", "ID")
                .build())));
    }

    @Test
    void noneAndHmacTokensAreRefusedWhateverTheirHeaderSays() throws Exception {
        String payload = TestTokens.b64(tksk().toString());
        String none = TestTokens.b64("{\"alg\":\"none\",\"kid\":\"test-key\"}") + "." + payload;
        assertEquals("not a signed JWT", refused(none + "."));
        assertEquals("algorithm \"none\" refused", refused(none + ".AAAA"));
        assertEquals("not a signed JWT", refused(TestTokens.b64("{\"alg\":\"RS256\",\"kid\":\"test-key\"}")
                + "." + payload + "."));
        // key confusion: an HMAC whose secret is the published public key
        String header = TestTokens.b64("{\"alg\":\"HS256\",\"kid\":\"test-key\"}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TOKENS.keys.getPublic().getEncoded(), "HmacSHA256"));
        String hmac = Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));
        assertEquals("algorithm \"HS256\" refused", refused(header + "." + payload + "." + hmac));
    }

    @Test
    void aTamperedOrForeignlySignedTokenIsRefused() {
        String[] parts = TOKENS.sign(tksk()).split("\\.");
        String admin = TestTokens.b64(Json.createObjectBuilder(tksk()).add("roles", Json.createArrayBuilder()
                .add("ADMIN")).build().toString());
        assertEquals("bad signature", refused(parts[0] + "." + admin + "." + parts[2]));
        assertEquals("bad signature", refused(new TestTokens().sign(tksk())));
        String otherKey = TOKENS.sign(Json.createObjectBuilder().add("alg", "RS256").add("kid", "rotated").build(),
                tksk());
        assertEquals("unknown key", refused(otherKey));
        assertEquals("not JSON", refused("bm90IGpzb24.e30.c2ln"));
    }

    @Test
    void anAccountWithoutAStaffRoleIsNobodyAndAPsmIsNeverTheProvidersOwn() {
        assertEquals("no staff role", refused(TOKENS.sign(TestTokens.claims(TestTokens.ISSUER, "psm", "PSM", null,
                NOW).build())));
        JsonObject both = Json.createObjectBuilder(tksk()).add("roles", Json.createArrayBuilder().add("TKSK")
                .add("DINSOS")).build();
        assertEquals(Role.DINSOS, verify(TOKENS.sign(both), NOW).role());
        assertNull(verify(TOKENS.sign(TestTokens.claims(TestTokens.ISSUER, "dinsos", "DINSOS", "/other/x", NOW)
                .build()), NOW).kecamatan());
        assertEquals(Duration.ofSeconds(5), AccessTokens.SKEW);
    }
}
