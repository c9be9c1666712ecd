package id.anjungan.host.security.control;

import id.anjungan.spi.Role;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an access token of the identity provider (a JWT, RFC 7519) without asking anyone: its RS256 signature by a
 * key of the provider's key set, its issuer, its audience (this client), its type and its time. Only RS256 is
 * accepted, whatever the token's header says: {@code alg=none} and an HMAC keyed with the public key (the classic
 * key-confusion attack) are refused before any key is used.
 */
final class AccessTokens {

    /** A clock difference between the identity provider and this node that is still accepted. */
    static final Duration SKEW = Duration.ofSeconds(5);
    /** The roles the identity provider may give, most powerful first: an account with several acts as the first. */
    static final List<Role> PROVIDED_ROLES = List.of(Role.ADMIN, Role.DINSOS, Role.CAMAT, Role.KASI_KESOS, Role.TKSK);
    /** The group path a kecamatan's officers are members of: {@code /kecamatan/Semarang Tengah}. */
    static final String KECAMATAN_GROUPS = "/kecamatan/";

    /**
     * Who a valid token names: the account, its role, its kecamatan (from its group), when the token ends, and the
     * account's subject ({@code sub}) and provider session ({@code sid}), either null when the token has none.
     */
    record Claims(String username, String displayName, Role role, String kecamatan, Instant expires, String subject,
                  String session) {

        /**
         * The provider's session of this account, the same in every token refreshed from one login: the subject and
         * {@code sid} as two base64url words (which hold no dot), so no other pair of values spells the same key.
         * Empty when the token lacks either.
         */
        Optional<String> providedSession() {
            if (subject == null || subject.isBlank() || session == null || session.isBlank()) {
                return Optional.empty();
            }
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return Optional.of(b64.encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(session.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A token that names nobody; {@code expired} when it was good once (the client should refresh it). */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean expired;

        Invalid(String reason, boolean expired) {
            super(reason, null, false, false);
            this.expired = expired;
        }

        boolean expired() {
            return expired;
        }
    }

    private AccessTokens() {
    }

    /** Whether a bearer token has the shape of a JWT (a local session token is one base64url word). */
    static boolean looksLikeJwt(String token) {
        return token != null && token.chars().filter(c -> c == '.').count() == 2;
    }

    /**
     * @param keys the provider's signing keys by key id
     * @throws Invalid when the token is not one the provider issued to {@code audience}, or no longer holds
     */
    static Claims verify(String token, Map<String, PublicKey> keys, String issuer, String audience, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw new Invalid("not a signed JWT", false);
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new Invalid("algorithm " + header.get("alg") + " refused", false);
        }
        PublicKey key = keys.get(header.getString("kid", ""));
        if (key == null) {
            throw new Invalid("unknown key", false);
        }
        if (!signed(parts, key)) {
            throw new Invalid("bad signature", false);
        }
        JsonObject claims = json(parts[1]);
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new Invalid("wrong issuer", false);
        }
        if (!audiences(claims).contains(audience)) {
            throw new Invalid("wrong audience", false);
        }
        // an ID token is signed alike and may name this client as audience; only an access token is one to act with
        if (!"Bearer".equals(claims.getString("typ", "Bearer"))) {
            throw new Invalid("not an access token", false);
        }
        Instant expires = instant(claims, "exp").orElseThrow(() -> new Invalid("no expiry", false));
        if (!expires.plus(SKEW).isAfter(now)) {
            throw new Invalid("expired", true);
        }
        if (instant(claims, "nbf").or(() -> instant(claims, "iat")).filter(t -> t.minus(SKEW).isAfter(now)).isPresent()) {
            throw new Invalid("not yet valid", false);
        }
        String username = claims.getString("preferred_username", null);
        if (username == null || username.isBlank()) {
            throw new Invalid("no username", false);
        }
        List<String> roles = strings(claims, "roles");
        Role role = PROVIDED_ROLES.stream().filter(r -> roles.contains(r.name())).findFirst()
                .orElseThrow(() -> new Invalid("no staff role", false));
        String kecamatan = strings(claims, "groups").stream().filter(g -> g.startsWith(KECAMATAN_GROUPS))
                .map(g -> g.substring(KECAMATAN_GROUPS.length())).filter(k -> !k.isBlank() && !k.contains("/"))
                .findFirst().flatMap(AreaNames::canonical).orElse(null);
        return new Claims(username, claims.getString("name", username), role, kecamatan, expires, text(claims, "sub"),
                text(claims, "sid"));
    }

    private static boolean signed(String[] parts, PublicKey key) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonObject json(String part) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
            return Json.createReader(new StringReader(text)).readObject();
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            throw new Invalid("not JSON", false);
        }
    }

    /** A string claim, or null when it is absent or of another type. */
    private static String text(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static List<String> audiences(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        return aud instanceof JsonString one ? List.of(one.getString()) : strings(claims, "aud");
    }

    private static List<String> strings(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonArray array ? array.stream().filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString()).toList() : List.of();
    }

    private static Optional<Instant> instant(JsonObject claims, String name) {
        return claims.get(name) instanceof jakarta.json.JsonNumber n ? Optional.of(Instant.ofEpochSecond(n.longValue()))
                : Optional.empty();
    }
}
