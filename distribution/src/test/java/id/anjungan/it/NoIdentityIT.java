package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A person with no KTP or KK is still served: a PSM files the proposal without a NIK, the receipt asks for the
 * kelurahan's letter, and the NIK is added to the case once it is issued.
 */
class NoIdentityIT {

    private static final String PROPOSAL = "{\"program\":\"KJS\",\"service\":\"skrining-usul\",\"data\":{"
            + "\"name\":\"Pak Tanpa Nama\",\"address\":\"Emperan Pasar Johar, Semarang Tengah\",\"category\":\"%s\","
            + "\"neglected\":\"true\",\"centralAid\":\"%s\",\"replacement\":\"false\",\"photo\":\"%s\"}}";

    @Test
    void psmFilesForAPersonWithoutIdentityAndTheNikComesLater() throws Exception {
        Kiosk kiosk = Kiosk.get();
        JsonObject form = kiosk.get("/api/programs/KJS/services/skrining-usul").object();
        String category = form.getJsonArray("form").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("category")).findFirst().orElseThrow()
                .getJsonArray("choices").getJsonObject(0).getString("value");
        String noAid = form.getJsonArray("form").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("centralAid")).findFirst().orElseThrow()
                .getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("label").toLowerCase().contains("belum") || c.getString("value").contains("NONE")
                        || c.getString("value").contains("TIDAK")).findFirst().orElseThrow().getString("value");
        String photo = kiosk.upload("POST", "/api/attachments", "image/png", Png.tiny(), null).object().getString("id");
        String body = String.format(PROPOSAL, category, noAid, photo);

        Kiosk.Answer byResident = kiosk.post("/api/cases", body);
        assertEquals(422, byResident.status(), "a resident alone must give a NIK: " + byResident.body());

        Kiosk.Answer filed = kiosk.post("/api/cases", body, Kiosk.PSM);
        assertEquals(201, filed.status(), filed.body());
        String tracking = filed.object().getString("tracking");
        assertTrue(filed.body().contains("Tidak Mempunyai Kartu Identitas"), filed.body());

        assertEquals(422, kiosk.post("/api/cases/" + tracking + "/identity", "{\"nik\":\"3374010101800000\"}",
                Kiosk.TKSK).status());
        Kiosk.Answer withNik = kiosk.post("/api/cases/" + tracking + "/identity", "{\"nik\":\"3374016707550031\"}",
                Kiosk.TKSK);
        assertEquals(200, withNik.status(), withNik.body());
        assertEquals("3374••••••••0031", kiosk.get("/api/cases/" + tracking).object().getString("subjectNik"));
        assertEquals(409, kiosk.post("/api/cases/" + tracking + "/identity", "{\"nik\":\"3374016707550031\"}",
                Kiosk.TKSK).status());
    }
}
