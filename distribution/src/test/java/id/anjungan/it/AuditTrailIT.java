package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Who looked at my data?": an officer finds every entry about a NIK, and the audit log is intact and complete. */
class AuditTrailIT {

    /** A listed KPM of the BPNT demo list, with their KK. */
    private static final String NIK = "3374012612871001";
    private static final String KK = "3374010108121001";

    private static List<JsonObject> entries(Kiosk kiosk, String query) {
        Kiosk.Answer answer = kiosk.get("/api/admin/audit?" + query, Kiosk.ADMIN);
        assertEquals(200, answer.status(), answer.body());
        assertFalse(answer.body().contains(NIK), "never a full NIK: " + answer.body());
        return answer.object().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private static boolean has(List<JsonObject> entries, String action, String subject) {
        return entries.stream().anyMatch(e -> e.getString("action").equals(action)
                && (subject == null || e.getString("subject").equals(subject)));
    }

    @Test
    void readsOfAPersonsDataAndCaseActionsAreFoundByNikActorAndDay() throws Exception {
        Kiosk kiosk = Kiosk.get();
        Kiosk.Answer lookup = kiosk.post("/api/status", "{\"nik\":\"" + NIK + "\",\"kk\":\"" + KK + "\"}");
        assertEquals(200, lookup.status(), lookup.body());
        Kiosk.Answer filed = kiosk.post("/api/cases", "{\"program\":\"BPNT\",\"service\":\"pengaduan\",\"data\":{"
                + "\"nik\":\"" + NIK + "\",\"category\":\"POTONGAN\",\"incidentDate\":\"2026-11-19\","
                + "\"description\":\"Bantuan dipotong pengurus kelompok\"}}");
        assertEquals(201, filed.status(), filed.body());
        String tracking = filed.object().getString("tracking");
        assertEquals(200, kiosk.get("/api/cases/" + tracking + "/detail", Kiosk.TKSK).status());
        assertEquals(200, kiosk.get("/api/cases/" + tracking + "/receipt?format=a6").status());

        List<JsonObject> aboutNik = entries(kiosk, "nik=" + NIK);
        assertTrue(has(aboutNik, "read-recipient", "3374••••••••1001"), aboutNik.toString());
        assertFalse(has(entries(kiosk, "nik=3374012612871002"), "read-recipient", "3374••••••••1001"),
                "another person's entries do not include this one's");

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        List<JsonObject> all = entries(kiosk, "from=" + today + "&to=" + today + "&limit=1000");
        assertTrue(has(all, "case-open", tracking), "the case's opening entry, committed with it");
        assertTrue(has(all, "read-receipt", tracking), "the receipt download");
        List<JsonObject> byTksk = entries(kiosk, "actor=tksk");
        assertTrue(has(byTksk, "read-case", tracking), "the staff view: " + byTksk);
        assertTrue(byTksk.stream().allMatch(e -> e.getString("actor").toLowerCase().contains("tksk")), byTksk.toString());

        assertEquals(422, kiosk.get("/api/admin/audit?nik=3374••••••••1001", Kiosk.ADMIN).status());
        assertEquals(422, kiosk.get("/api/admin/audit?from=kemarin", Kiosk.ADMIN).status());
        assertEquals(401, kiosk.get("/api/admin/audit?nik=" + NIK).status());
        assertEquals(403, kiosk.get("/api/admin/audit?nik=" + NIK, Kiosk.TKSK).status());
        JsonObject verified = kiosk.get("/api/admin/audit/verify", Kiosk.ADMIN).object();
        assertTrue(verified.getBoolean("intact"), verified.toString());
    }
}
