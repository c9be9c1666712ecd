package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Staff accounts over HTTP: the admin creates and edits them with a kecamatan, and on this kiosk (Miroto, Kecamatan
 * Semarang Tengah) a TKSK bound to a neighbouring kecamatan sees none of its cases, a case answering as a number
 * never issued, until the admin moves the account to this kecamatan (which holds for the open session at once).
 */
class StaffAreaIT {

    private static final String TEMBALANG = Kiosk.staff("tksk-tembalang", "rahasia-tembalang");

    private static String account(String kecamatan, boolean password) {
        return "{\"displayName\":\"Pak Budi\",\"role\":\"TKSK\"," + (password ? "\"password\":\"rahasia-tembalang\"," : "")
                + "\"kecamatan\":\"" + kecamatan + "\"}";
    }

    @Test
    void aTkskOfAnotherKecamatanSeesNoneOfThisKiosksCasesUntilTheAdminMovesThem() throws Exception {
        Kiosk kiosk = Kiosk.get();
        kiosk.newResident();
        Kiosk.Answer filed = kiosk.post("/api/cases", "{\"program\":\"BPNT\",\"service\":\"masalah-kartu\",\"data\":"
                + "{\"nik\":\"3374012612871001\",\"problem\":\"PIN_TERBLOKIR\"}}");
        assertEquals(201, filed.status(), filed.body());
        String detail = "/api/cases/" + filed.object().getString("tracking") + "/detail";

        assertEquals(403, kiosk.put("/api/admin/accounts/tksk-tembalang", account("Tembalang", true), Kiosk.TKSK)
                .status(), "only the admin manages accounts");
        Kiosk.Answer lookAlike = kiosk.put("/api/admin/accounts/tksk-tembalang", account("Tembаlang", true),
                Kiosk.ADMIN);
        assertEquals(422, lookAlike.status(), lookAlike.body());
        assertEquals("invalid-kecamatan", lookAlike.object().getString("code"));
        Kiosk.Answer created = kiosk.put("/api/admin/accounts/tksk-tembalang", account("Tembalang", true), Kiosk.ADMIN);
        assertEquals(201, created.status(), created.body());
        assertEquals("Tembalang", created.object().getString("kecamatan"));
        assertTrue(kiosk.get("/api/admin/accounts", Kiosk.ADMIN).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("username").equals("tksk") && "Semarang Tengah".equals(
                        a.getString("kecamatan", null))), "the demo TKSK serves the kiosk's kecamatan");

        assertEquals(200, kiosk.get(detail, Kiosk.TKSK).status(), "the kiosk's own TKSK");
        assertEquals(0, kiosk.get("/api/worklist", TEMBALANG).object().getJsonArray("cases").size());
        Kiosk.Answer hidden = kiosk.get(detail, TEMBALANG);
        assertEquals(404, hidden.status(), hidden.body());
        assertEquals("tracking-unknown", hidden.object().getString("code"), "as a number never issued");
        assertEquals(403, kiosk.get("/api/worklist?kecamatan=Semarang%20Tengah", TEMBALANG).status());

        Kiosk.Answer moved = kiosk.put("/api/admin/accounts/tksk-tembalang", account("semarang  tengah", false),
                Kiosk.ADMIN);
        assertEquals(200, moved.status(), moved.body());
        assertEquals(200, kiosk.get(detail, TEMBALANG).status(), "the same session, the new kecamatan");
        assertTrue(kiosk.get("/api/worklist", TEMBALANG).object().getJsonArray("cases").size() > 0);
    }
}
