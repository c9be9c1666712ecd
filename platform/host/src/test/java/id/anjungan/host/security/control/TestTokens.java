package id.anjungan.host.security.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Signs access tokens as the realm {@code anjungan} of Keycloak does, with a key pair made for the test. */
final class TestTokens {

    static final String ISSUER = "http://127.0.0.1:1/realms/anjungan";
    static final String KID = "test-key";

    final KeyPair keys;

    TestTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The claims of an access token for a TKSK of Semarang Tengah, valid for a minute from {@code now}, with the
     * account's subject (Keycloak's user id, a UUID: here one made from the username) and no session ({@code sid}).
     */
    static JsonObjectBuilder claims(String issuer, String username, String role, String group, Instant now) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        if (group != null) {
            groups.add(group);
        }
        return Json.createObjectBuilder().add("iss", issuer).add("aud", "anjungan").add("typ", "Bearer")
                .add("exp", now.getEpochSecond() + 60).add("iat", now.getEpochSecond()).add("sub", subject(username))
                .add("preferred_username", username).add("name", "Bu " + username)
                .add("roles", Json.createArrayBuilder(List.of(role))).add("groups", groups);
    }

    static String subject(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    String sign(JsonObject claims) {
        return sign(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", KID).build(), claims);
    }

    String sign(JsonObject header, JsonObject claims) {
        String content = b64(header.toString()) + "." + b64(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key set Keycloak publishes at {@code …/protocol/openid-connect/certs}, with an encryption key beside. */
    String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kid", "enc-key").add("kty", "RSA").add("use", "enc")
                        .add("n", b64(key.getModulus())).add("e", b64(key.getPublicExponent())))
                .add(Json.createObjectBuilder().add("kid", KID).add("kty", "RSA").add("alg", "RS256").add("use", "sig")
                        .add("n", b64(key.getModulus())).add("e", b64(key.getPublicExponent())))).build().toString();
    }

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOfRange(bytes, skip,
                bytes.length));
    }
}
