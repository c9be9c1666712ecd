package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Kiosk;
import id.anjungan.it.Png;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #24, staff identity across kiosks: Keycloak (realm {@code anjungan}) checks staff passwords for the city nodes
 * and kiosks, whose tokens any node verifies alone, so a login outlives the node it came through; a disabled account
 * is refused everywhere online within a minute; a kiosk that cannot reach Keycloak takes the credential it cached at
 * its last online login for the offline period only; a TKSK logged in so assists a resident across the token's refresh.
 */
class StaffIdentityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ASSISTED_NIK = "3374014101800003";

    @Test
    @Timeout(value = 25, unit = TimeUnit.MINUTES)
    void aStaffLoginOutlivesItsNodeADisabledAccountEndsWithinAMinuteAndAnOfflineKioskCachesForAWhile()
            throws Exception {
        CityTopology city = City.withIdentityProvider();
        Kiosk kiosk = Kiosk.at(city.kioskUrl(1, ""));
        Kiosk node1 = Kiosk.at("http://127.0.0.1:" + city.ports().node(1));
        Kiosk node2 = Kiosk.at("http://127.0.0.1:" + city.ports().node(2));
        Kiosk haproxy = Kiosk.at(city.cityUrl(""));

        // a TKSK logs in at a kiosk and at a city node with the same account of the realm
        JsonObject atKiosk = login(kiosk, "tksk", "tksk123");
        assertEquals(3, atKiosk.getString("token").split("\\.").length, "the realm's access token, a JWT");
        assertTrue(atKiosk.getJsonNumber("expiresIn").longValue() <= 60, "an access token lives a minute at most");
        assertEquals("TKSK", me(kiosk, atKiosk).getString("role"));

        // the TKSK assists a resident at the kiosk: the resident is kept by the Keycloak session (sub and sid), so the
        // refreshed token still acts for them, another account's does not, and DELETE /api/assist ends it
        Kiosk.Answer evidence = kiosk.upload("POST", "/api/attachments", "image/png", Png.tiny(), bearer(atKiosk));
        assertEquals(201, evidence.status(), evidence.body());
        Kiosk.Answer assist = kiosk.post("/api/assist", Json.createObjectBuilder().add("nik", ASSISTED_NIK)
                .add("consent", true).add("evidence", evidence.object().getString("id")).build().toString(),
                bearer(atKiosk));
        assertEquals(200, assist.status(), assist.body());
        Kiosk.Answer tkskRefreshed = kiosk.post("/api/auth/refresh", refreshBody(atKiosk));
        assertEquals(200, tkskRefreshed.status(), tkskRefreshed.body());
        assertEquals(assist.object().getString("nikMasked"), assisting(me(kiosk, tkskRefreshed.object())));
        assertEquals(null, assisting(me(kiosk, login(kiosk, "kasi", "kasi123"))), "another account");
        assertEquals(204, kiosk.delete("/api/assist", bearer(tkskRefreshed.object())).status());
        assertEquals(null, assisting(me(kiosk, tkskRefreshed.object())));
        JsonObject atNode1 = login(node1, "tksk", "tksk123");
        assertEquals(200, node2.get("/api/worklist", bearer(atNode1)).status(),
                "node 2 takes a token issued through node 1, the kecamatan from the token's group");

        // a PSM's PIN stays the kiosk's own
        Kiosk.Answer psm = kiosk.post("/api/auth/login", "{\"username\":\"psm\",\"pin\":\"123456\"}");
        assertEquals(200, psm.status(), psm.body());
        assertEquals(1, psm.object().getString("token").split("\\.", -1).length, "a session of the kiosk");

        // node 1 dies: what it issued still works through node 2 and HAProxy, and refreshes there
        city.node(1).kill();
        assertEquals("tksk", me(node2, atNode1).getString("username"));
        assertEquals("tksk", me(haproxy, atNode1).getString("username"));
        Kiosk.Answer refreshed = node2.post("/api/auth/refresh", refreshBody(atNode1));
        assertEquals(200, refreshed.status(), refreshed.body());
        assertEquals("tksk", me(haproxy, refreshed.object()).getString("username"));

        // the admin disables an account in Keycloak: refused at once on refresh and login, at the city and the kiosk,
        // and the access tokens already out end with their minute
        JsonObject camatCity = login(node2, "camat", "camat123");
        JsonObject camatKiosk = login(kiosk, "camat", "camat123");
        disable("camat", city);
        assertEquals(401, node2.post("/api/auth/refresh", refreshBody(camatCity)).status());
        assertEquals(401, kiosk.post("/api/auth/refresh", refreshBody(camatKiosk)).status());
        assertEquals(401, node2.post("/api/auth/login", credentials("camat", "camat123")).status());
        assertEquals(401, kiosk.post("/api/auth/login", credentials("camat", "camat123")).status());
        Instant lastExpiry = expires(camatCity).isAfter(expires(camatKiosk)) ? expires(camatCity) : expires(camatKiosk);
        assertTrue(!lastExpiry.isAfter(Instant.now().plusSeconds(60)), "no token outlives the minute");
        sleepUntil(lastExpiry.plusSeconds(6)); // the nodes' clock skew allowance is 5 s
        assertEquals(401, haproxy.get("/api/auth/me", bearer(camatCity)).status());
        assertEquals(401, kiosk.get("/api/auth/me", bearer(camatKiosk)).status());

        // Keycloak out of reach: the kiosk lets the TKSK in with the credential of the last online login, for the
        // offline period (about a minute here), then refuses
        login(kiosk, "tksk", "tksk123");
        Instant verified = Instant.now();
        city.keycloak().stop();
        Kiosk.Answer offline = kiosk.post("/api/auth/login", credentials("tksk", "tksk123"));
        assertEquals(200, offline.status(), offline.body());
        assertFalse(offline.object().containsKey("refreshToken"));
        assertEquals("tksk", me(kiosk, offline.object()).getString("username"));
        assertEquals(401, kiosk.post("/api/auth/login", credentials("tksk", "wrong")).status());
        assertEquals(503, node2.post("/api/auth/login", credentials("tksk", "tksk123")).status(),
                "a city node without Keycloak lets nobody in");
        sleepUntil(verified.plus(offlinePeriod()).plusSeconds(2));
        Kiosk.Answer expired = kiosk.post("/api/auth/login", credentials("tksk", "tksk123"));
        assertEquals(401, expired.status());
        assertEquals("offline-expired", expired.object().getString("code"), expired.body());
    }

    private static JsonObject login(Kiosk at, String username, String password) {
        Kiosk.Answer answer = at.post("/api/auth/login", credentials(username, password));
        assertEquals(200, answer.status(), answer.body());
        return answer.object();
    }

    private static JsonObject me(Kiosk at, JsonObject login) {
        Kiosk.Answer answer = at.get("/api/auth/me", bearer(login));
        assertEquals(200, answer.status(), answer.body());
        return answer.object();
    }

    /** The masked NIK of the resident a login assists, or null. */
    private static String assisting(JsonObject me) {
        return me.containsKey("assisting") && !me.isNull("assisting")
                ? me.getJsonObject("assisting").getString("nikMasked") : null;
    }

    private static String bearer(JsonObject login) {
        return "Bearer " + login.getString("token");
    }

    private static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    private static String refreshBody(JsonObject login) {
        return Json.createObjectBuilder().add("refreshToken", login.getString("refreshToken")).build().toString();
    }

    private static Instant expires(JsonObject login) {
        String payload = new String(Base64.getUrlDecoder().decode(login.getString("token").split("\\.")[1]),
                StandardCharsets.UTF_8);
        return Instant.ofEpochSecond(Json.createReader(new StringReader(payload)).readObject().getJsonNumber("exp")
                .longValue());
    }

    private static Duration offlinePeriod() {
        return Duration.ofSeconds(new BigDecimal(City.OFFLINE_DAYS).multiply(BigDecimal.valueOf(86_400)).longValue());
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long wait = Duration.between(Instant.now(), when).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    /** The admin disables an account with Keycloak's admin REST API, as from its console. */
    private static void disable(String username, CityTopology city) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + CityTopology.KEYCLOAK_ADMIN + "&password="
                + URLEncoder.encode(CityTopology.KEYCLOAK_ADMIN_PASSWORD, StandardCharsets.UTF_8);
        String admin = json(send(HttpRequest.newBuilder(URI.create(city.keycloakUrl(
                "/realms/master/protocol/openid-connect/token"))).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), 200))
                .getString("access_token");
        String users = send(HttpRequest.newBuilder(URI.create(city.keycloakUrl("/admin/realms/anjungan/users?exact=true"
                + "&username=" + username))).header("Authorization", "Bearer " + admin).GET(), 200);
        String id = Json.createReader(new StringReader(users)).readArray().getJsonObject(0).getString("id");
        send(HttpRequest.newBuilder(URI.create(city.keycloakUrl("/admin/realms/anjungan/users/" + id)))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")), 204);
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
