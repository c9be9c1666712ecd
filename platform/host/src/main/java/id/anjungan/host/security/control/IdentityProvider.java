package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The city's identity provider (Keycloak over OpenID Connect, setting {@code ANJUNGAN_IDP_URL}, its realm's issuer):
 * checks a staff password with a direct-access grant, refreshes short access tokens (refused for a disabled account)
 * and verifies access tokens against the realm's published keys, fetched once and again only for a key id it does not
 * know, so that a node verifies a token issued through any other node without state of its own.
 */
@ApplicationScoped
public class IdentityProvider {

    private static final Logger LOG = Logger.getLogger(IdentityProvider.class.getName());
    /** The least time between two fetches of the key set: a flood of tokens with made-up key ids fetches once. */
    private static final Duration REFETCH_AFTER = Duration.ofSeconds(10);
    /** How often a kiosk with sessions opened offline asks whether the provider answers again. */
    static final Duration PROBE_EVERY = Duration.ofSeconds(30);

    /** The provider's tokens for an account it accepted, and who they name. */
    public record Grant(AccessTokens.Claims claims, String accessToken, String refreshToken, long expiresIn) {
    }

    /** The provider did not answer (down, or no network): a kiosk may fall back on a cached credential. */
    public static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreachable(String why) {
            super(why, null, false, false);
        }
    }

    /** The provider refused: a wrong password, a disabled or unknown account, or an ended session. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean disabled;

        Refused(String why, boolean disabled) {
            super(why, null, false, false);
            this.disabled = disabled;
        }

        /** Whether the provider said the account is disabled (not a wrong password). */
        public boolean disabled() {
            return disabled;
        }
    }

    /** 503: the provider cannot be asked, so nobody's password can be checked. */
    public static Problem unavailable() {
        return Problem.of(503, "identity-unavailable", "Coba lagi", "Try again",
                "Server identitas kota tidak terjangkau. Coba lagi sebentar lagi.",
                "The city's identity server cannot be reached. Try again in a moment.");
    }

    final String issuer = Settings.get(Setting.IDP_URL).map(u -> u.replaceAll("/+$", "")).orElse(null);
    final String client = Settings.value(Setting.IDP_CLIENT);
    Supplier<Instant> clock = Instant::now;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Map<String, PublicKey> keys = Map.of();
    private Instant keysFetched = Instant.EPOCH;
    private Instant probed = Instant.EPOCH;
    private boolean answered;

    /** Whether staff passwords belong to the identity provider; without it every account is local, as before. */
    public boolean configured() {
        return issuer != null;
    }

    /** Checks a password at the provider. */
    public Grant password(String username, String password) {
        return grant(Map.of("grant_type", "password", "username", username, "password", password));
    }

    /** New tokens for a refresh token; refused once the account is disabled or its session ended. */
    public Grant refresh(String refreshToken) {
        return grant(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** Ends the provider's session of a refresh token (a logout); best effort, the access token dies on its own. */
    public void logout(String refreshToken) {
        try {
            post("/protocol/openid-connect/logout", Map.of("refresh_token", refreshToken));
        } catch (Unreachable | Refused ignored) {
            LOG.fine("logout not confirmed by the identity provider");
        }
    }

    /** Whether the provider answers, asked at most every {@link #PROBE_EVERY}. */
    synchronized boolean reachable() {
        Instant now = clock.get();
        if (now.isBefore(probed.plus(PROBE_EVERY))) {
            return answered;
        }
        probed = now;
        try {
            answered = send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build()).statusCode() == 200;
        } catch (Unreachable unreachable) {
            answered = false;
        }
        return answered;
    }

    /** Who an access token names. */
    AccessTokens.Claims verify(String token) {
        try {
            return AccessTokens.verify(token, keys, issuer, client, clock.get());
        } catch (AccessTokens.Invalid invalid) {
            if (!"unknown key".equals(invalid.getMessage()) || !refetchKeys()) {
                throw invalid;
            }
            return AccessTokens.verify(token, keys, issuer, client, clock.get());
        }
    }

    private Grant grant(Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("client_id", client);
        JsonObject answer = post("/protocol/openid-connect/token", fields);
        String access = answer.getString("access_token", null);
        if (access == null) {
            throw new Unreachable("no access token in the provider's answer");
        }
        return new Grant(verify(access), access, answer.getString("refresh_token", null),
                answer.getJsonNumber("expires_in") == null ? 0 : answer.getJsonNumber("expires_in").longValue());
    }

    private JsonObject post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + path)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 500) {
            throw new Unreachable("identity provider answered " + response.statusCode());
        }
        if (response.statusCode() >= 400) {
            JsonObject error = read(response.body());
            String description = error.getString("error_description", "");
            throw new Refused(error.getString("error", "refused"), description.toLowerCase(java.util.Locale.ROOT)
                    .contains("disabled"));
        }
        return response.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : read(response.body());
    }

    /** Fetches the key set again unless it was fetched a moment ago; whether it was. */
    private synchronized boolean refetchKeys() {
        Instant now = clock.get();
        if (now.isBefore(keysFetched.plus(REFETCH_AFTER))) {
            return false;
        }
        keysFetched = now;
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(issuer + "/protocol/openid-connect/certs")).timeout(Duration.ofSeconds(5)).GET().build());
        if (response.statusCode() != 200) {
            throw new Unreachable("key set answered " + response.statusCode());
        }
        keys = rsaKeys(read(response.body()));
        return true;
    }

    /** The RSA signing keys of a JWK set (RFC 7517), by key id; encryption keys are left out. */
    static Map<String, PublicKey> rsaKeys(JsonObject jwks) {
        Map<String, PublicKey> found = new HashMap<>();
        for (JsonValue value : jwks.getJsonArray("keys")) {
            JsonObject jwk = value.asJsonObject();
            if (!"RSA".equals(jwk.getString("kty", null)) || !"sig".equals(jwk.getString("use", "sig"))
                    || !jwk.containsKey("kid")) {
                continue;
            }
            try {
                Base64.Decoder b64 = Base64.getUrlDecoder();
                RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, b64.decode(jwk.getString("n"))),
                        new BigInteger(1, b64.decode(jwk.getString("e"))));
                found.put(jwk.getString("kid"), KeyFactory.getInstance("RSA").generatePublic(spec));
            } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
                LOG.warning("identity provider key " + jwk.getString("kid", "?") + " skipped: " + e);
            }
        }
        return Map.copyOf(found);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable("identity provider not reachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    private static JsonObject read(String text) {
        try {
            return Json.createReader(new StringReader(text)).readObject();
        } catch (JsonException | IllegalStateException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
