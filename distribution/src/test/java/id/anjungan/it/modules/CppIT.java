package id.anjungan.it.modules;

import static id.anjungan.it.modules.ModuleIt.attachment;
import static id.anjungan.it.modules.ModuleIt.filed;
import static id.anjungan.it.modules.ModuleIt.kk;
import static id.anjungan.it.modules.ModuleIt.map;
import static id.anjungan.it.modules.ModuleIt.masked;
import static id.anjungan.it.modules.ModuleIt.move;
import static id.anjungan.it.modules.ModuleIt.nik;
import static id.anjungan.it.modules.ModuleIt.op;
import static id.anjungan.it.modules.ModuleIt.operate;
import static id.anjungan.it.modules.ModuleIt.operationPdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CPP over REST: an event from creation and import through hand-over (claim once) to the report and invitations. */
class CppIT {

    private static Map<String, Object> household(int serial, String name) {
        return map("nik", nik(serial), "kk", kk(serial), "name", name, "address", "Jl. Sekayu Raya " + serial,
                "rt", "002", "rw", "003", "kelurahan", "Sekayu");
    }

    @Test
    void anEventGoesFromImportThroughHandOverToTheReport() throws Exception {
        assertEquals(401, operate("CPP", "create-event", map(), null).status());
        // before the demo event of 5 December, so that the demo list stays the newest for the browser tests
        JsonObject event = op("CPP", "create-event", map("date", "2026-11-30", "place", "Balai Kelurahan Sekayu",
                "kgPerHousehold", 10, "stockKg", 30), Kiosk.TKSK);
        String eventId = event.getString("id");
        op("CPP", "receive-stock", map("eventId", eventId, "kg", 20), Kiosk.PSM);
        JsonObject imported = op("CPP", "import", map("eventId", eventId, "rows", List.of(
                household(8001, "Warsito Hadi"), household(8011, "Sumiyati Rahayu"),
                household(8021, "Karno Wibowo"))), Kiosk.TKSK);
        assertEquals(3, imported.getInt("accepted"), imported.toString());

        JsonObject invitations = op("CPP", "invitations", map("eventId", eventId), Kiosk.PSM);
        List<JsonObject> cards = invitations.getJsonArray("invitations").stream().map(JsonValue::asJsonObject)
                .toList();
        assertEquals(3, cards.size());
        assertEquals(3, invitations.getJsonObject("document").getJsonArray("cards").size());
        String invitationPdf = operationPdf("CPP", "invitations", map("eventId", eventId), Kiosk.PSM);
        for (String name : List.of("Warsito Hadi", "Sumiyati Rahayu", "Karno Wibowo")) {
            assertTrue(invitationPdf.contains(name), name + " in " + invitationPdf);
        }
        assertTrue(invitationPdf.contains("Undangan Beras CPP"), invitationPdf);
        assertTrue(invitationPdf.contains("KK " + masked(kk(8001))), invitationPdf);
        assertFalse(invitationPdf.contains(nik(8001)), "no full NIK printed");

        JsonObject first = op("CPP", "claim", map("eventId", eventId, "kk", kk(8001), "desk", "Meja 1",
                "proof", "TANDA_TANGAN"), Kiosk.PSM);
        assertTrue(first.getBoolean("handedOver"), first.toString());
        assertEquals(40, first.getInt("remainingKg"));
        String qr = cards.stream().filter(c -> c.getString("name").equals("Sumiyati Rahayu")).findFirst()
                .orElseThrow().getString("qr");
        JsonObject byQr = op("CPP", "claim", map("qr", qr, "pickupNik", nik(8012), "pickupName", "Dewi Rahayu",
                "relation", "ANAK", "kkChecked", true, "proof", "CAP_JEMPOL"), Kiosk.TKSK);
        assertTrue(byQr.getBoolean("handedOver"), byQr.toString());
        assertEquals(masked(nik(8012)), byQr.getJsonObject("claim").getString("pickupNik"));

        JsonObject second = op("CPP", "claim", map("eventId", eventId, "kk", kk(8001), "desk", "Meja 2",
                "proof", "TANDA_TANGAN"), Kiosk.TKSK);
        assertFalse(second.getBoolean("handedOver"), second.toString());
        assertEquals("already-claimed", second.getString("code"));
        assertEquals("Meja 1", second.getJsonObject("claim").getString("place"));
        String message = second.getJsonObject("message").getString("id");
        assertTrue(message.contains("sudah diambil") && message.contains("Meja 1"), message);

        JsonObject report = op("CPP", "report", map("eventId", eventId), Kiosk.KASI);
        assertEquals(50, report.getInt("stockReceivedKg"));
        assertEquals(20, report.getInt("handedOutKg"));
        assertEquals(30, report.getInt("remainingKg"));
        assertEquals(2, report.getInt("claimedHouseholds"));
        assertEquals(1, report.getInt("unclaimedHouseholds"));

        String pdf = operationPdf("CPP", "report", map("eventId", eventId), Kiosk.DINSOS);
        assertTrue(pdf.contains("Laporan Distribusi Beras CPP"), pdf);
        assertTrue(pdf.contains(eventId), pdf);
        assertTrue(pdf.contains("50 kg") && pdf.contains("20 kg") && pdf.contains("30 kg"), pdf);
        assertTrue(pdf.contains("Karno Wibowo") && pdf.contains(masked(nik(8021))), "the unclaimed household: " + pdf);
        assertFalse(pdf.contains("Warsito Hadi"), "claimed households are not listed as unclaimed");
        assertFalse(pdf.contains(kk(8021)), "no full KK printed");
    }

    /**
     * The kelurahan verifies a PBP's death for Santunan Kematian; the CPP desk then flags her, the TKSK names her
     * husband (same KK) as PBP and a reserve household replaces a PBP not found; a proxy needs the KK or a surat kuasa;
     * the list of receipts and the BAST print.
     */
    @Test
    void aDeceasedPbpIsFlaggedAndReplacedAndEveryHandOverHasItsProof() throws Exception {
        JsonObject event = op("CPP", "create-event", map("date", "2026-11-29", "place", "Balai Kelurahan Kauman",
                "kgPerHousehold", 10, "stockKg", 20), Kiosk.TKSK);
        String eventId = event.getString("id");
        Map<String, Object> reserve = new java.util.HashMap<>(household(8061, "Tumini Lestari"));
        reserve.put("cadangan", "ya");
        JsonObject imported = op("CPP", "import", map("eventId", eventId, "rows", List.of(
                household(8041, "Karsini Hadi"), household(8051, "Paijo Sumarno"), reserve)), Kiosk.TKSK);
        assertEquals(2, imported.getInt("households"), imported.toString());
        assertEquals(1, imported.getInt("reserves"), imported.toString());

        String death = filed("SANKEM", "ajukan", map("deceasedNik", nik(8041), "deceasedKk", kk(8041),
                "deceasedName", "Karsini Hadi", "dateOfDeath", LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(9)
                        .toString(), "deathCertificate", attachment(), "heirNik", nik(8042), "heirName",
                "Warsito Hadi", "relationship", "SPOUSE", "bank", "BRI", "accountNumber", "0123456789",
                "accountHolder", "Warsito Hadi", "dtsenRegistered", "YES"), null).getString("tracking");
        move(death, "verify", "Akta kematian sudah diperiksa", Kiosk.KASI);

        JsonObject found = op("CPP", "lookup", map("eventId", eventId, "kk", kk(8041)), Kiosk.PSM);
        assertEquals("DECEASED", found.getJsonObject("replace").getString("standing"), found.toString());
        Kiosk.Answer refused = operate("CPP", "claim", map("eventId", eventId, "kk", kk(8041), "proof",
                "TANDA_TANGAN"), Kiosk.PSM);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("pbp-needs-replacement", refused.object().getString("code"), refused.body());
        assertFalse(operationPdf("CPP", "invitations", map("eventId", eventId), Kiosk.PSM).contains("Karsini"),
                "no invitation in the name of the deceased");

        Map<String, Object> husband = map("eventId", eventId, "kk", kk(8041), "reason", "MENINGGAL",
                "nik", nik(8042), "name", "Warsito Hadi", "kkChecked", true);
        assertEquals(403, operate("CPP", "replace", husband, Kiosk.PSM).status(), "the PSM only hands out");
        assertEquals("Warsito Hadi", op("CPP", "replace", husband, Kiosk.TKSK).getString("name"));
        JsonObject handed = op("CPP", "claim", map("eventId", eventId, "kk", kk(8041), "proof", "CAP_JEMPOL"),
                Kiosk.PSM);
        assertTrue(handed.getBoolean("handedOver"), handed.toString());
        assertEquals("Warsito Hadi", handed.getString("name"));

        op("CPP", "replace", map("eventId", eventId, "kk", kk(8051), "reason", "TIDAK_DITEMUKAN",
                "reserveKk", kk(8061)), Kiosk.KASI);
        Kiosk.Answer stranger = operate("CPP", "claim", map("eventId", eventId, "kk", kk(8061),
                "pickupNik", nik(8099), "proof", "TANDA_TANGAN"), Kiosk.PSM);
        assertEquals("proxy-needs-kk-or-letter", stranger.object().getString("code"), stranger.body());
        JsonObject byLetter = op("CPP", "claim", map("eventId", eventId, "kk", kk(8061), "pickupNik", nik(8099),
                "pickupName", "Bu Sri Lestari", "suratKuasa", true, "proof", "FOTO"), Kiosk.PSM);
        assertEquals("SURAT_KUASA", byLetter.getJsonObject("claim").getString("proxyBasis"));

        JsonObject report = op("CPP", "report", map("eventId", eventId), Kiosk.KASI);
        assertEquals(2, report.getJsonArray("replacedPbp").size(), report.toString());
        String receipts = operationPdf("CPP", "receipts", map("eventId", eventId), Kiosk.KASI)
                .replaceAll("\\s+", " ");
        assertTrue(receipts.contains("Daftar Tanda Terima") && receipts.contains("Warsito Hadi (pengganti)")
                && receipts.contains("Cap jempol") && receipts.contains("(surat kuasa)"), receipts);
        assertFalse(receipts.contains(nik(8099)), "no full NIK printed");
        String bast = operationPdf("CPP", "bast", map("eventId", eventId), Kiosk.DINSOS)
                .replaceAll("\\s+", " ");
        assertTrue(bast.contains("Berita Acara Serah Terima") && bast.contains("20 kg kepada 2 rumah tangga (PBP)"),
                bast);
    }
}
