package id.anjungan.it.modules;

import static id.anjungan.it.modules.ModuleIt.ensureDemoList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
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
 * {@code POST /api/status} as a kiosk and a script call it: answers, problems in both languages, limits, the
 * {@code Server-Timing} header and the audit trail. Every test is its own kiosk session, so the limits of one do not
 * reach another test.
 */
class StatusLookupIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Answer(int status, String type, String timing, JsonObject json) {
    }

    @BeforeAll
    static void lists() throws Exception {
        ensureDemoList("BPNT", "2026-11", BpntIT.KPM, BpntIT.KPM_KK);
        ensureDemoList("KJS", "2026-Q4", BpntIT.KJS_RECIPIENT, BpntIT.KJS_RECIPIENT_KK);
    }

    @Test
    void aListedPairIsRegisteredAndAWrongPairLooksUnregistered() throws Exception {
        String session = UUID.randomUUID().toString();
        Answer found = post(session, "id", "application/json",
                "{\"nik\":\"" + BpntIT.KPM + "\",\"kk\":\"" + BpntIT.KPM_KK + "\"}");
        assertEquals(200, found.status(), found.toString());
        assertTrue(found.type().startsWith("application/json"), found.type());
        assertTrue(found.timing().matches("app;dur=\\d+\\.\\d\\d"), found.timing());
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
    void badInputGetsAProblemInTheCallersLanguage() throws Exception {
        String session = UUID.randomUUID().toString();
        Answer invalidNik = post(session, "id", "application/json", "{\"nik\":\"1234\",\"kk\":\"3374010108121001\"}");
        assertEquals(422, invalidNik.status());
        assertTrue(invalidNik.type().startsWith("application/problem+json"), invalidNik.type());
        assertTrue(invalidNik.json().getString("detail").contains("16"), invalidNik.json().toString());

        Answer english = post(session, "en", "application/json", "{\"nik\":\"" + BpntIT.KPM + "\"}");
        assertEquals(422, english.status());
        assertEquals("proof-required", english.json().getString("code"));
        assertEquals("Enter the KK number or the birth date with the NIK.", english.json().getString("detail"));

        Answer badDate = post(session, "id", "application/json",
                "{\"nik\":\"" + BpntIT.KPM + "\",\"birthDate\":\"26-12-1987\"}");
        assertEquals(422, badDate.status());
        assertEquals("birth-date", badDate.json().getString("code"));

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
    void aSessionGetsTenLookupsAMinute() throws Exception {
        String session = UUID.randomUUID().toString();
        for (int i = 0; i < 10; i++) {
            // a different well-formed NIK each time, so only the session's limit is reached
            String nik = "33740126128710" + String.format("%02d", 10 + i);
            assertEquals(200, post(session, "id", "application/json",
                    "{\"nik\":\"" + nik + "\",\"birthDate\":\"1987-12-26\"}").status(), "lookup " + (i + 1));
        }
        Answer limited = post(session, "id", "application/json",
                "{\"nik\":\"3374012612871030\",\"birthDate\":\"1987-12-26\"}");
        assertEquals(429, limited.status());
        assertEquals("rate-limited", limited.json().getString("code"));
        assertEquals(200, post(UUID.randomUUID().toString(), "id", "application/json",
                "{\"nik\":\"3374012612871030\",\"birthDate\":\"1987-12-26\"}").status(), "another kiosk still asks");
    }

    @Test
    void staffLookupsNeedAValidLoginAndAreAudited() throws Exception {
        String session = UUID.randomUUID().toString();
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
                r.headers().firstValue("Server-Timing").orElse(""), json);
    }

    private static HttpRequest.Builder request(String session, String lang, String type, String body)
            throws Exception {
        return HttpRequest.newBuilder(URI.create(Kiosk.get().url("/api/status"))).header("X-Kiosk-Session", session)
                .header("Accept-Language", lang).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
