package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
        assertEquals(401, kiosk.post("/api/admin/modules/BPNT/disable", "", Kiosk.basic("admin", "wrong")).status());
        assertEquals(401, kiosk.get("/api/admin/audit/verify").status());
        JsonObject problem = kiosk.get("/api/admin/audit/verify", Kiosk.PSM).object();
        assertEquals(403, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("Peran Anda"), "a reason in Bahasa Indonesia");
        assertTrue(kiosk.get("/api/admin/audit/verify", Kiosk.ADMIN).object().getBoolean("intact"));
    }
}
