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
        String photo = photo(kiosk);
        String body = proposal(kiosk, photo);

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

    /** The proposal form filled for a person without identity, with a photo. */
    private static String proposal(Kiosk kiosk, String photo) {
        JsonObject form = kiosk.get("/api/programs/KJS/services/skrining-usul").object();
        String category = form.getJsonArray("form").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("category")).findFirst().orElseThrow()
                .getJsonArray("choices").getJsonObject(0).getString("value");
        String noAid = form.getJsonArray("form").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("centralAid")).findFirst().orElseThrow()
                .getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("label").toLowerCase().contains("belum") || c.getString("value").contains("NONE")
                        || c.getString("value").contains("TIDAK")).findFirst().orElseThrow().getString("value");
        return String.format(PROPOSAL, category, noAid, photo);
    }

    private static String photo(Kiosk kiosk) {
        return kiosk.upload("POST", "/api/attachments", "image/png", Png.tiny(), null).object().getString("id");
    }

    private static String withNik(String proposal, String nik) {
        return proposal.replace("\"data\":{", "\"data\":{\"nik\":\"" + nik + "\",");
    }

    /**
     * A PSM is a volunteer: they open the cases they filed and those of the resident they assist, no others, nor
     * other cases' photos; inside an assisted session they file for the consented NIK only.
     */
    @Test
    void aPsmOpensOnlyTheirOwnCasesAndFilesOnlyForTheConsentedResident() throws Exception {
        Kiosk kiosk = Kiosk.get();
        String officersPhoto = photo(kiosk);
        Kiosk.Answer byTksk = kiosk.post("/api/cases", proposal(kiosk, officersPhoto), Kiosk.TKSK);
        assertEquals(201, byTksk.status(), byTksk.body());
        String officers = byTksk.object().getString("tracking");
        assertEquals(200, kiosk.get("/api/cases/" + officers + "/detail", Kiosk.PSM).status(),
                "a proposal waiting for the home visit is the PSM's work");
        assertEquals(200, kiosk.post("/api/cases/" + officers + "/transitions",
                "{\"transition\":\"verifikasi\",\"note\":\"Dikunjungi Kasi Kesos\"}", Kiosk.KASI).status());
        assertEquals(403, kiosk.get("/api/cases/" + officers + "/detail", Kiosk.PSM).status());
        assertEquals(403, kiosk.post("/api/cases/" + officers + "/transitions", "{\"transition\":\"x\"}",
                Kiosk.PSM).status());
        assertEquals(403, kiosk.get("/api/attachments/" + officersPhoto, Kiosk.PSM).status());
        assertEquals(200, kiosk.get("/api/attachments/" + officersPhoto, Kiosk.TKSK).status());
        assertEquals(200, kiosk.get("/api/cases/" + officers, null).status(), "the public view stays public");

        String ownPhoto = photo(kiosk);
        Kiosk.Answer byPsm = kiosk.post("/api/cases", proposal(kiosk, ownPhoto), Kiosk.PSM);
        assertEquals(201, byPsm.status(), byPsm.body());
        assertEquals(200, kiosk.get("/api/cases/" + byPsm.object().getString("tracking") + "/detail", Kiosk.PSM)
                .status());
        assertEquals(200, kiosk.get("/api/attachments/" + ownPhoto, Kiosk.PSM).status());

        String assisting = kiosk.login(Kiosk.PSM);
        String consented = "3374016707550031";
        Kiosk.Answer started = kiosk.post("/api/assist", "{\"nik\":\"" + consented + "\",\"consent\":true,"
                + "\"evidence\":\"" + photo(kiosk) + "\"}", assisting);
        assertEquals(200, started.status(), started.body());
        try {
            Kiosk.Answer other = kiosk.post("/api/cases", withNik(proposal(kiosk, photo(kiosk)), "3374010101800011"),
                    assisting);
            assertEquals(422, other.status(), other.body());
            assertTrue(other.body().contains("assisted-subject"), other.body());
            String fullwidth = consented.chars().mapToObj(c -> Character.toString(c - '0' + '０'))
                    .collect(java.util.stream.Collectors.joining());
            Kiosk.Answer mine = kiosk.post("/api/cases", withNik(proposal(kiosk, photo(kiosk)), fullwidth), assisting);
            assertEquals(201, mine.status(), mine.body());
            String tracking = mine.object().getString("tracking");
            assertEquals("3374••••••••0031", kiosk.get("/api/cases/" + tracking).object().getString("subjectNik"));
            assertEquals(200, kiosk.get("/api/cases/" + tracking + "/detail", assisting).status());
        } finally {
            kiosk.delete("/api/assist", assisting);
        }
    }
}
