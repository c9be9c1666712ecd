package id.anjungan.it.modules;

import static id.anjungan.it.modules.ModuleIt.attachment;
import static id.anjungan.it.modules.ModuleIt.ensureDemoList;
import static id.anjungan.it.modules.ModuleIt.filed;
import static id.anjungan.it.modules.ModuleIt.kiosk;
import static id.anjungan.it.modules.ModuleIt.map;
import static id.anjungan.it.modules.ModuleIt.masked;
import static id.anjungan.it.modules.ModuleIt.move;
import static id.anjungan.it.modules.ModuleIt.nik;
import static id.anjungan.it.modules.ModuleIt.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Device;
import id.anjungan.it.Kiosk;
import id.anjungan.it.Png;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/status} as a kiosk and a script call it: answers, problems in both languages, resident sessions and
 * limits, no {@code Server-Timing} for residents, the audit trail; and who may have a case's receipt. Every test is
 * its own resident session (or several), so the limits of one do not reach another test.
 */
class StatusLookupIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Answer(int status, String type, String timing, String retryAfter, JsonObject json) {
    }

    @BeforeAll
    static void lists() throws Exception {
        ensureDemoList("BPNT", "2026-11", BpntIT.KPM, BpntIT.KPM_KK);
        ensureDemoList("KJS", "2026-Q4", BpntIT.KJS_RECIPIENT, BpntIT.KJS_RECIPIENT_KK);
    }

    /** Demo: a KJS recipient, on the CPP list, and the deceased of the santunan kematian list. */
    static final String SUTRISNO = "3374010203650012";
    static final String SUTRISNO_KK = "3374011203100012";
    /** Demo: on the KJS list; in this walk the kelurahan verifies his death. */
    static final String ROHMAT = "3374011008881101";
    static final String ROHMAT_KK = "3374011001181101";

    private static java.util.List<String> overlaps() throws Exception {
        Kiosk.Answer report = kiosk().get("/api/admin/recipient-lists/overlaps", Kiosk.TKSK);
        assertEquals(200, report.status(), report.body());
        return report.object().getJsonArray("overlaps").stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("kind") + " " + o.getString("programs") + " " + o.getString("nik") + " "
                        + o.getString("name") + " " + o.getString("recorded", "")).toList();
    }

    @Test
    void afterTheImportsTheOverlapReportNamesDoubleAndDeceasedRecipientsAndAVerifiedDeathEndsEveryStatus()
            throws Exception {
        ensureDemoList("SANKEM", "2026", "3374015506700011", "3374011507952010");
        ensureDemoList("CPP", "2026-12-05-01", SUTRISNO, SUTRISNO_KK);
        java.util.List<String> found = overlaps();
        assertTrue(found.contains("EXCLUSIVE BPNT + KJS " + masked("3374014708581020") + " Tukiyem Handayani "),
                found.toString());
        assertTrue(found.contains("NOT_ENTITLED KJS " + masked(SUTRISNO) + " Sutrisno Prasetyo DECEASED (SANKEM)"),
                found.toString());
        assertTrue(found.contains("NOT_ENTITLED CPP " + masked(SUTRISNO) + " Sutrisno Prasetyo DECEASED (SANKEM)"),
                found.toString());
        assertEquals(403, kiosk().get("/api/admin/recipient-lists/overlaps", Kiosk.PSM).status(), "TKSK and up");
        Kiosk.Answer csv = kiosk().get("/api/admin/recipient-lists/overlaps/csv", Kiosk.TKSK);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("Sutrisno Prasetyo") && !csv.body().contains(SUTRISNO), "masked NIKs");

        Kiosk.get().newResident();
        assertTrue(ModuleIt.registered(status(ROHMAT, ROHMAT_KK), "KJS"), "before: a KJS recipient");
        String tracking = filed("SANKEM", "ajukan", map("deceasedNik", ROHMAT, "deceasedKk", ROHMAT_KK,
                "deceasedName", "Rohmat Lestyani", "dateOfDeath", java.time.LocalDate.now(
                        java.time.ZoneId.of("Asia/Jakarta")).minusDays(10).toString(), "deathCertificate", attachment(),
                "heirNik", nik(7301), "heirName", "Sri Lestyani", "relationship", "SPOUSE", "bank", "BRI",
                "accountNumber", "0123456780", "accountHolder", "Sri Lestyani", "dtsenRegistered", "YES"), null).getString("tracking");
        move(tracking, "verify", "Akta kematian diperiksa", Kiosk.KASI);

        Kiosk.get().newResident(); // a resident of their own: this class's lookups used up the last one's minute
        Kiosk.Answer after = status(ROHMAT, ROHMAT_KK);
        assertEquals(200, after.status(), after.toString());
        JsonObject kjs = after.object().getJsonArray("results").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("program").equals("KJS")).findFirst()
                .orElseThrow();
        assertEquals("DECEASED", kjs.getString("standing"), kjs.toString());
        assertTrue(kjs.getString("note").startsWith("Menurut catatan kelurahan, orang ini telah meninggal dunia"),
                kjs.toString());
        assertTrue(overlaps().contains("NOT_ENTITLED KJS " + masked(ROHMAT) + " Rohmat Lestyani DECEASED"),
                "the verified death is in the report too");
    }

    @Test
    void aListedPairIsRegisteredAndAWrongPairLooksUnregistered() throws Exception {
        String session = session();
        Answer found = post(session, "id", "application/json",
                "{\"nik\":\"" + BpntIT.KPM + "\",\"kk\":\"" + BpntIT.KPM_KK + "\"}");
        assertEquals(200, found.status(), found.toString());
        assertTrue(found.type().startsWith("application/json"), found.type());
        JsonObject bpnt = result(found, "BPNT");
        assertTrue(bpnt.getBoolean("registered"), bpnt.toString());
        assertEquals("2026-11", bpnt.getString("period"));
        assertTrue(bpnt.getJsonNumber("amount").longValue() > 0, bpnt.toString());
        assertFalse(bpnt.getString("programName").isBlank());

        Answer wrongPair = post(session, "id", "application/json",
                "{\"nik\":\"" + BpntIT.KPM + "\",\"kk\":\"3374010108129999\"}");
        JsonObject unregistered = result(wrongPair, "BPNT");
        assertFalse(unregistered.getBoolean("registered"), unregistered.toString());
        assertTrue(unregistered.isNull("amount"), "nothing about the listed person: " + unregistered);
    }

    @Test
    void aResidentsAnswerCarriesNoTimingThatCouldTellAListedNikFromAnUnlistedOne() throws Exception {
        String session = session();
        Answer listed = post(session, "id", "application/json",
                "{\"nik\":\"" + BpntIT.KPM + "\",\"kk\":\"3374010108129999\"}");
        Answer unlisted = post(session, "id", "application/json",
                "{\"nik\":\"3374012612871099\",\"kk\":\"3374010108129999\"}");
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(200, unlisted.status(), unlisted.toString());
        assertEquals("", listed.timing(), "no Server-Timing for a listed NIK");
        assertEquals("", unlisted.timing(), "no Server-Timing for an unlisted NIK");
        assertEquals("", post(session, "id", "application/json", "{\"nik\":\"1234\"}").timing(), "nor for a problem");
        HttpResponse<String> staff = HTTP.send(request(null, "id", "application/json",
                "{\"nik\":\"3374012612871099\",\"kk\":\"3374010108129999\"}").header("Authorization",
                "Bearer " + login()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, staff.statusCode(), staff.body());
        assertTrue(staff.headers().firstValue("Server-Timing").orElse("").matches("app;dur=\\d+\\.\\d\\d"),
                "staff (and the benchmark) still see how long the server worked");
    }

    @Test
    void badInputGetsAProblemInTheCallersLanguage() throws Exception {
        String session = session();
        Answer invalidNik = post(session, "id", "application/json", "{\"nik\":\"1234\",\"kk\":\"3374010108121001\"}");
        assertEquals(422, invalidNik.status());
        assertTrue(invalidNik.type().startsWith("application/problem+json"), invalidNik.type());
        assertTrue(invalidNik.json().getString("detail").contains("16"), invalidNik.json().toString());

        Answer english = post(session, "en", "application/json", "{\"nik\":\"" + BpntIT.KPM + "\"}");
        assertEquals(422, english.status());
        assertEquals("proof-required", english.json().getString("code"));
        assertEquals("Enter the KK number with the NIK.", english.json().getString("detail"));

        for (String birthDate : new String[] {"1987-12-26", "26-12-1987", ""}) {
            Answer byBirthDate = post(session, "id", "application/json",
                    "{\"nik\":\"3374012612871030\",\"birthDate\":\"" + birthDate + "\"}");
            assertEquals(422, byBirthDate.status(), "the birth date is inside the NIK: no proof");
            assertEquals("birth-date-not-accepted", byBirthDate.json().getString("code"));
            assertTrue(byBirthDate.json().getString("detail").contains("nomor KK"), byBirthDate.json().toString());
        }
        Answer withBoth = post(session, "en", "application/json", "{\"nik\":\"" + BpntIT.KPM + "\",\"kk\":\""
                + BpntIT.KPM_KK + "\",\"birthDate\":\"1987-12-26\"}");
        assertEquals(422, withBoth.status(), "refused, not silently ignored");
        assertTrue(withBoth.json().getString("detail").contains("KK"), withBoth.json().toString());

        assertEquals("malformed-json", post(session, "id", "application/json", "{\"nik\":").json().getString("code"));
        assertEquals("malformed-json", post(session, "id", "application/json", "[1,2]").json().getString("code"));
        assertEquals("malformed-json", post(session, "id", "application/json", "{\"nik\":{}}").json().getString("code"));
        assertEquals(400, post(session, "id", "application/json", "").status());
        assertEquals(415, post(session, "id", "text/plain", "nik=" + BpntIT.KPM).status());
        Answer huge = post(session, "id", "application/json", "{\"nik\":\"" + "9".repeat(5000) + "\"}");
        assertEquals(413, huge.status());
        assertEquals("Permintaan terlalu besar", huge.json().getString("title"));
    }

    @Test
    void onlyPostIsAnswered() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(Kiosk.get().url("/api/status")))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertTrue(get.body().contains("\"status\":405"), get.body());
    }

    @Test
    void aSessionGetsTenLookupsAMinuteThenA429WithRetryAfter() throws Exception {
        String session = session();
        for (int i = 0; i < 10; i++) {
            // a different well-formed NIK each time, so only the session's limit is reached
            String nik = "33740126128710" + String.format("%02d", 10 + i);
            assertEquals(200, post(session, "id", "application/json",
                    "{\"nik\":\"" + nik + "\",\"kk\":\"3374010108129999\"}").status(), "lookup " + (i + 1));
        }
        Answer limited = post(session, "id", "application/json",
                "{\"nik\":\"3374012612871030\",\"kk\":\"3374010108129999\"}");
        assertEquals(429, limited.status());
        assertEquals("rate-limited", limited.json().getString("code"));
        assertTrue(limited.json().getString("detail").startsWith("Terlalu banyak"), limited.json().toString());
        int retryAfter = Integer.parseInt(limited.retryAfter());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "seconds left in the minute: " + retryAfter);
        assertEquals(200, post(session(), "id", "application/json",
                "{\"nik\":\"3374012612871030\",\"kk\":\"3374010108129999\"}").status(), "the next resident asks");
    }

    @Test
    void aSessionHeaderTheServerDidNotIssueBuysNoLookups() throws Exception {
        for (int i = 0; i < 30; i++) {
            Answer rotated = post(UUID.randomUUID().toString(), "id", "application/json",
                    "{\"nik\":\"3374012612871030\",\"kk\":\"3374010108129999\"}");
            assertEquals(401, rotated.status(), "a made-up session, try " + (i + 1));
            assertEquals("session-required", rotated.json().getString("code"));
        }
        Answer none = post(null, "en", "application/json", "{\"nik\":\"3374012612871030\",\"kk\":\"3374010108129999\"}");
        assertEquals(401, none.status());
        assertTrue(none.json().getString("detail").contains("Touch Start"), none.json().toString());
    }

    @Test
    void newSessionsFromOneDeviceShareItsLimit() throws Exception {
        // a device of its own (another loopback address), so this test's minute does not reach the others; it claims
        // a new address in X-Forwarded-For with every request, in vain
        Device device = new Device("127.0.0.7");
        int answered = 0;
        Device.Answer last = null;
        for (int s = 0; s < 7 && (last == null || last.status() != 429); s++) {
            String session = device.session(Kiosk.get());
            for (int i = 0; i < 10; i++) {
                String nik = "3374012612" + (871100 + s * 10 + i);
                last = device.post(Kiosk.get(), "/api/status", session,
                        "{\"nik\":\"" + nik + "\",\"kk\":\"3374010108129999\"}");
                if (last.status() != 200) {
                    break;
                }
                answered++;
            }
        }
        assertEquals(429, last.status(), last.toString());
        assertEquals(60, answered, "a fresh session every ten lookups buys nothing beyond the device's 60 a minute");
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1, last.toString());
    }

    @Test
    void aResidentSessionUploadsTwentyFilesAtMost() throws Exception {
        Kiosk kiosk = Kiosk.get();
        kiosk.newResident();
        for (int i = 0; i < 20; i++) {
            assertEquals(201, kiosk.upload("POST", "/api/attachments", "image/png", Png.tiny(), null).status(),
                    "upload " + (i + 1));
        }
        Kiosk.Answer over = kiosk.upload("POST", "/api/attachments", "image/png", Png.tiny(), null);
        assertEquals(413, over.status(), over.body());
        assertEquals("upload-quota", over.object().getString("code"));
        assertEquals(201, kiosk.upload("POST", "/api/attachments", "image/png", Png.tiny(), Kiosk.PSM).status(),
                "staff upload as before");
        kiosk.newResident();
        assertEquals(201, kiosk.upload("POST", "/api/attachments", "image/png", Png.tiny(), null).status(),
                "the next resident");
    }

    @Test
    void aReceiptIsForTheFilingSessionStaffOrWhoeverProvesTheKk() throws Exception {
        Kiosk kiosk = Kiosk.get();
        String filing = kiosk.newResident();
        Kiosk.Answer filed = kiosk.post("/api/cases", "{\"program\":\"BPNT\",\"service\":\"masalah-kartu\",\"data\":"
                + "{\"nik\":\"" + BpntIT.KPM + "\",\"problem\":\"PIN_TERBLOKIR\"}}");
        assertEquals(201, filed.status(), filed.body());
        String tracking = filed.object().getString("tracking");
        String receipt = "/api/cases/" + tracking + "/receipt";
        assertEquals(200, kiosk.get(receipt).status(), "the session that filed it");

        String other = kiosk.newResident();
        assertNotEquals(filing, other);
        Kiosk.Answer refused = kiosk.get(receipt);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("receipt-proof", refused.object().getString("code"));
        assertEquals(403, kiosk.post("/api/cases/" + tracking + "/print", "").status());
        Kiosk.Answer unknown = kiosk.get("/api/cases/BPNT-2612-999999-0/receipt");
        assertEquals(refused.body(), unknown.body(), "an unknown number is refused alike");
        assertEquals(refused.body(), kiosk.post("/api/cases/" + tracking + "/proof",
                "{\"kk\":\"3374010108129999\"}").body(), "a wrong KK is refused alike");
        assertEquals(refused.body(), kiosk.post("/api/cases/BPNT-2612-999999-0/proof",
                "{\"kk\":\"" + BpntIT.KPM_KK + "\"}").body(), "so is a right KK with an unknown number");
        assertEquals(200, kiosk.get(receipt, Kiosk.TKSK).status(), "staff as before");

        Kiosk.Answer proved = kiosk.post("/api/cases/" + tracking + "/proof", "{\"kk\":\"" + BpntIT.KPM_KK + "\"}");
        assertEquals(200, proved.status(), proved.body());
        assertEquals(200, kiosk.get(receipt).status(), "the number with the subject's KK opens it");
        kiosk.newResident();
        assertEquals(403, kiosk.get(receipt).status(), "for that session only");
    }

    @Test
    void staffLookupsNeedAValidLoginAndAreAudited() throws Exception {
        String session = session();
        String body = "{\"nik\":\"" + BpntIT.KJS_RECIPIENT + "\",\"kk\":\"" + BpntIT.KJS_RECIPIENT_KK + "\"}";
        HttpResponse<String> wrongLogin = HTTP.send(request(session, "id", "application/json", body)
                .header("Authorization", "Bearer not-a-token").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrongLogin.statusCode());
        HttpResponse<String> basic = HTTP.send(request(session, "id", "application/json", body)
                .header("Authorization", "Basic cHNtOnBzbTEyMw==").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, basic.statusCode(), "HTTP Basic is refused, even with the right password");
        HttpResponse<String> psm = HTTP.send(request(session, "id", "application/json", body)
                .header("Authorization", Kiosk.get().authorization(Kiosk.PSM)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, psm.statusCode(), psm.body());
        assertTrue(psm.body().contains("\"program\":\"KJS\",") && psm.body().contains("\"registered\":true"),
                psm.body());
        assertTrue(Kiosk.get().get("/api/admin/audit/verify", Kiosk.ADMIN).object().getBoolean("intact"));
    }

    private static JsonObject result(Answer answer, String program) {
        return answer.json().getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("program").equals(program)).findFirst().orElseThrow(() -> new AssertionError(answer));
    }

    private static Answer post(String session, String lang, String type, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(request(session, lang, type, body).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject json = r.body().isEmpty() ? null : Json.createReader(new StringReader(r.body())).readObject();
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Server-Timing").orElse(""), r.headers().firstValue("Retry-After").orElse(""),
                json);
    }

    private static HttpRequest.Builder request(String session, String lang, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Kiosk.get().url("/api/status")))
                .header("Accept-Language", lang).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return session == null ? request : request.header("X-Kiosk-Session", session);
    }

    /** A new resident session, as "Mulai" starts it. */
    private static String session() throws Exception {
        Kiosk.Answer started = Kiosk.get().post("/api/session", "");
        assertEquals(201, started.status(), started.body());
        return started.object().getString("session");
    }

    private static String login() throws Exception {
        Kiosk.Answer login = Kiosk.get().post("/api/auth/login", "{\"username\":\"tksk\",\"password\":\"tksk123\"}");
        assertEquals(200, login.status(), login.body());
        return login.object().getString("token");
    }
}
