package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The assembled kiosk starts with every program module active and its demo data loaded. */
class KioskSmokeIT {

    @Test
    void everyProgramIsActiveAndOffersServices() throws Exception {
        Kiosk kiosk = Kiosk.get();
        Set<String> active = kiosk.get("/api/modules").array().stream().map(v -> (JsonObject) v)
                .filter(m -> m.getString("state").equals("ACTIVE")).map(m -> m.getString("code")).collect(Collectors.toSet());
        assertEquals(Set.of("BPNT", "KJS", "SANKEM", "CPP", "JUMATKOIN", "REHSOS"), active);
        JsonObject services = kiosk.get("/api/services").object();
        assertTrue(services.getJsonArray("services").size() >= 12);
        assertEquals(200, kiosk.get("/").status());
        Kiosk.Answer ready = kiosk.get("/health/ready");
        assertEquals(200, ready.status());
        JsonObject modules = ready.object().getJsonArray("checks").stream().map(v -> (JsonObject) v)
                .filter(c -> c.getString("name").equals("kiosk-modules")).findFirst().orElseThrow().getJsonObject("data");
        for (String code : active) {
            assertEquals("UP", modules.getString(code), "each module's health is in the readiness data: " + modules);
        }
        jakarta.json.JsonValue down = modules.get("modulesDown"); // Payara writes every data value as a string
        assertEquals("0", down instanceof jakarta.json.JsonString text ? text.getString() : down.toString());
        Kiosk.Answer openapi = kiosk.get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/status:"), "the status servlet is described too");
    }

    /** Each module says who finally decides its program (SPI 1.3), and the screener passes it on in each language. */
    @Test
    void theScreenerSaysWhoDecidesEachProgram() throws Exception {
        Kiosk kiosk = Kiosk.get();
        String answers = "{\"age\":70,\"disability\":\"SEVERE_PHYSICAL\",\"chronicIllness\":true,\"neglected\":true,"
                + "\"poorHousehold\":true,\"currentAid\":[],\"houseDamagedByDisaster\":true,\"recentDeath\":true,"
                + "\"homeless\":true}";
        Kiosk.Answer screened = kiosk.post("/api/screening", answers);
        assertEquals(200, screened.status(), screened.body());
        java.util.Map<String, String> decided = screened.object().getJsonArray("results").stream()
                .map(v -> (JsonObject) v).collect(Collectors.toMap(r -> r.getString("program"),
                        r -> r.getString("decidedBy")));
        assertEquals("Kementerian Sosial", decided.get("BPNT"));
        assertEquals("Pemerintah Provinsi Jawa Tengah", decided.get("KJS"));
        assertEquals("Dinas Sosial Kota Semarang", decided.get("SANKEM"));
        assertFalse(decided.containsKey("CPP"), "CPP gives no estimate: its PBP list comes from DTSEN, not from asking");
        assertEquals("Camat Semarang Tengah", decided.get("JUMATKOIN"));
        assertTrue(decided.get("REHSOS").startsWith("Dinas Sosial Kota Semarang"), decided.toString());
    }

    /** An import records its list's source; an unknown source is refused before anything is stored. */
    @Test
    void aRecipientListCarriesItsSource() throws Exception {
        Kiosk kiosk = Kiosk.get();
        String csv = "nik,kk,name,address,rt,rw,kelurahan\n3374011505800097,3374011203100097,Warga Uji,"
                + "Jl. Pekunden Timur 3,02,01,Pekunden\n";
        Kiosk.Answer unknown = kiosk.upload("POST", "/api/admin/recipient-lists", "multipart/form-data; boundary=x",
                listForm("2019-12", "DTKS", csv), Kiosk.ADMIN);
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals("unknown-source", unknown.object().getString("code"));
        assertTrue(unknown.object().getString("detail").contains("Pilih sumber daftar"), unknown.body());
        // an old period, so that the newest list the other tests read stays the demo's
        Kiosk.Answer started = kiosk.upload("POST", "/api/admin/recipient-lists", "multipart/form-data; boundary=x",
                listForm("2019-12", "sp2d", csv), Kiosk.ADMIN);
        assertEquals(202, started.status(), started.body());
        JsonObject progress;
        do {
            progress = kiosk.get("/api/admin/recipient-lists/imports/" + started.object().getString("id"),
                    Kiosk.ADMIN).object();
        } while (progress.getString("state").equals("RUNNING"));
        assertEquals("DONE", progress.getString("state"), progress.toString());
        assertEquals("SP2D", progress.getString("source"));
        JsonObject status = kiosk.post("/api/status", "{\"nik\":\"3374012612871001\",\"kk\":\"3374010108121001\"}",
                Kiosk.TKSK).object();
        JsonObject bpnt = status.getJsonArray("results").stream().map(v -> (JsonObject) v)
                .filter(r -> r.getString("program").equals("BPNT")).findFirst().orElseThrow();
        assertEquals("DTSEN", bpnt.getString("listSource"), "the newest list's source, the demo's default: " + bpnt);
    }

    private static byte[] listForm(String period, String source, String csv) {
        return ("--x\r\nContent-Disposition: form-data; name=\"program\"\r\n\r\nBPNT\r\n"
                + "--x\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n" + period + "\r\n"
                + "--x\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n" + source + "\r\n"
                + "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv + "\r\n--x--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void apiAnswersTellHowLongTheServerWorked() throws Exception {
        java.net.http.HttpResponse<Void> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Kiosk.get().url("/api/services"))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String timing = answer.headers().firstValue("Server-Timing").orElse("");
        assertTrue(timing.matches("app;dur=\\d+\\.\\d\\d"), timing);
    }

    @Test
    void adminEndpointsAnswer401ToStrangersAnd403ToOtherRoles() throws Exception {
        Kiosk kiosk = Kiosk.get();
        assertEquals(401, kiosk.post("/api/admin/modules/BPNT/disable", "").status());
        assertEquals(403, kiosk.post("/api/admin/modules/BPNT/disable", "", Kiosk.TKSK).status());
        assertEquals(401, kiosk.post("/api/admin/modules/BPNT/disable", "", "Bearer not-a-token").status());
        assertEquals(401, kiosk.get("/api/admin/audit/verify").status());
        JsonObject problem = kiosk.get("/api/admin/audit/verify", Kiosk.PSM).object();
        assertEquals(403, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("Peran Anda"), "a reason in Bahasa Indonesia");
        assertTrue(kiosk.get("/api/admin/audit/verify", Kiosk.ADMIN).object().getBoolean("intact"));
    }

    /** A NIK typed partly in fullwidth digits, with a zero-width space, is checked and masked as the ASCII NIK. */
    @Test
    void theIdentityCheckFoldsOtherDigitsToAscii() throws Exception {
        Kiosk.Answer checked = Kiosk.get().post("/api/identity/nik", "{\"nik\":\"3374０１４１０１８０\\u200B０００３\"}");
        assertEquals(200, checked.status(), checked.body());
        assertTrue(checked.object().getBoolean("valid"), checked.body());
        assertEquals("3374••••••••0003", checked.object().getString("masked"));
    }

    /** HTTP Basic is refused; repeated wrong passwords (two in this kiosk) lock an account until the admin unlocks it. */
    @Test
    void staffLogInOnlyAtTheLoginWhichLocksAfterRepeatedFailures() throws Exception {
        Kiosk kiosk = Kiosk.get();
        kiosk.authorization(Kiosk.CAMAT); // the session other tests use stays open while the account is locked
        String basic = "Basic " + Base64.getEncoder().encodeToString("camat:camat123".getBytes(StandardCharsets.UTF_8));
        Kiosk.Answer refused = kiosk.get("/api/auth/me", basic);
        assertEquals(401, refused.status());
        assertEquals("bearer-required", refused.object().getString("code"));
        String wrong = "{\"username\":\"camat\",\"password\":\"wrong\"}";
        String right = "{\"username\":\"camat\",\"password\":\"camat123\"}";
        assertEquals(401, kiosk.post("/api/auth/login", wrong).status());
        Kiosk.Answer locked = kiosk.post("/api/auth/login", wrong);
        assertEquals(423, locked.status(), locked.body());
        assertTrue(locked.object().getString("detail").contains("terkunci"), locked.body());
        assertEquals("account-locked", kiosk.post("/api/auth/login", right).object().getString("code"));
        assertEquals(403, kiosk.post("/api/admin/accounts/camat/unlock", "", Kiosk.TKSK).status());
        assertEquals(200, kiosk.post("/api/admin/accounts/camat/unlock", "", Kiosk.ADMIN).status());
        assertTrue(kiosk.get("/api/admin/accounts", Kiosk.ADMIN).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("username").equals("camat") && a.isNull("lockedAt")));
        assertEquals(200, kiosk.post("/api/auth/login", right).status());
    }

    /** Five attempts a minute per account: at most 12 quick attempts always cross one minute's limit. */
    @Test
    void loginAttemptsBeyondTheMinutesLimitAnswer429WithRetryAfter() throws Exception {
        Kiosk kiosk = Kiosk.get();
        String body = "{\"username\":\"nobody-" + System.nanoTime() + "\",\"password\":\"x\"}";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> last = null;
        for (int i = 0; i < 12 && (last == null || last.statusCode() != 429); i++) {
            last = http.send(HttpRequest.newBuilder(URI.create(kiosk.url("/api/auth/login")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertEquals(429, last.statusCode(), last.body());
        int retryAfter = Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }
}
