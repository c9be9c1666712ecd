package id.anjungan.it.modules;

import static id.anjungan.it.modules.ModuleIt.attachment;
import static id.anjungan.it.modules.ModuleIt.detail;
import static id.anjungan.it.modules.ModuleIt.ensureDemoList;
import static id.anjungan.it.modules.ModuleIt.filed;
import static id.anjungan.it.modules.ModuleIt.map;
import static id.anjungan.it.modules.ModuleIt.masked;
import static id.anjungan.it.modules.ModuleIt.move;
import static id.anjungan.it.modules.ModuleIt.nik;
import static id.anjungan.it.modules.ModuleIt.op;
import static id.anjungan.it.modules.ModuleIt.operate;
import static id.anjungan.it.modules.ModuleIt.opens;
import static id.anjungan.it.modules.ModuleIt.operationPdf;
import static id.anjungan.it.modules.ModuleIt.publicCase;
import static id.anjungan.it.modules.ModuleIt.receiptText;
import static id.anjungan.it.modules.ModuleIt.status;
import static id.anjungan.it.modules.ModuleIt.refusalCodes;
import static id.anjungan.it.modules.ModuleIt.submit;
import static id.anjungan.it.modules.ModuleIt.transitions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KJS over REST: a proposal visited at home, validated and decided by the social office; a retur held once proposed and
 * stopped once decided; a collective pack made only with the SK and the Surat Tugas, refusing the deceased, with each
 * hand-over recorded.
 */
class KjsIT {

    /** Sutrisno Prasetyo (KK 3374011203100012), a KJS recipient and the deceased of the Santunan Kematian demo list. */
    static final String DECEASED = "3374010203650012";
    static final String DECEASED_KK = "3374011203100012";
    /** Also on the BPNT demo list (double aid). */
    static final String DOUBLE_AID = "3374014708581020";
    static final String CARD_LOST = "3374014412481104";
    static final String WITH_CARD = "3374011008881101";
    static final String ALONE = "3374015606741102";
    static final String RETURNED = "3374015802821105";

    @BeforeAll
    static void lists() throws Exception {
        Kiosk.get().newResident();
        ensureDemoList("KJS", "2026-Q4", DECEASED, DECEASED_KK);
        ensureDemoList("SANKEM", "2026", "3374015506700011", "3374011507952010");
        ensureDemoList("BPNT", "2026-11", DOUBLE_AID, "3374012708120020");
    }

    @Test
    void screeningLeadsToAProposalTheTkskValidates() throws Exception {
        Map<String, Object> candidate = map("nik", nik(6001), "name", "Sri Mulyani", "address",
                "Jl. Kauman Barat 12, RT 03/RW 01", "category", "DISABILITAS_FISIK_RINGAN", "neglected", false,
                "centralAid", "TIDAK", "replacement", false);
        Kiosk.Answer mild = submit("KJS", "skrining-usul", candidate, null);
        assertFalse(refusalCodes(mild).isEmpty(), "a mild physical disability does not meet the criteria");

        candidate.put("category", "DISABILITAS_MENTAL");
        candidate.put("centralAid", "BPNT");
        Kiosk.Answer central = submit("KJS", "skrining-usul", candidate, null);
        assertFalse(refusalCodes(central).isEmpty(), "someone with BPNT is not proposed for KJS");

        candidate.put("centralAid", "TIDAK");
        candidate.put("neglected", true);
        JsonObject proposal = filed("KJS", "skrining-usul", candidate, null);
        String tracking = proposal.getString("tracking");
        assertEquals("diajukan", proposal.getString("state"));
        assertFalse(proposal.getJsonArray("checklist").isEmpty());
        assertTrue(receiptText(tracking).contains(tracking));

        assertFalse(transitions(tracking, Kiosk.TKSK).contains("validasi"), "validation comes after the home visit");
        assertFalse(operate("KJS", "home-visit", map("tracking", tracking, "findings", "sudah dicek", "photo",
                attachment(), "confirmed", true), Kiosk.PSM).status() == 200, "a bare 'checked' is not a visit");
        JsonObject visited = op("KJS", "home-visit", map("tracking", tracking, "findings", "Tinggal bersama kakak, "
                + "disabilitas mental berat, tidak ada yang merawat siang hari.", "photo", attachment(),
                "confirmed", true), Kiosk.PSM);
        assertEquals("diverifikasi", visited.getString("state"));
        assertTrue(op("KJS", "replacement-priority", map(), Kiosk.TKSK).getJsonArray("candidates").stream()
                .anyMatch(c -> c.asJsonObject().getString("tracking").equals(tracking)), "on the priority list");
        assertFalse(opens(tracking, Kiosk.PSM), "only the pendamping validates: the case is no longer the PSM's");
        move(tracking, "validasi", "Memenuhi kriteria KJS", Kiosk.TKSK);
        move(tracking, "teruskan", "Diteruskan ke Dinas Sosial", Kiosk.TKSK);
        assertFalse(transitions(tracking, Kiosk.TKSK).contains("terima"), "the province decides, not the TKSK");
        move(tracking, "terima", "SK Gubernur: diterima sebagai pengganti", Kiosk.DINSOS);
        JsonObject seen = publicCase(tracking);
        assertEquals("diterima", seen.getString("state"));
        assertEquals(List.of("diajukan", "diverifikasi", "divalidasi", "diteruskan", "diterima"),
                seen.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("state")).distinct()
                        .toList());
    }

    @Test
    void aReturIsReportedWithAReplacementAndProposedByTheTksk() throws Exception {
        Kiosk.Answer notListed = submit("KJS", "lapor-retur", map("nik", nik(6003), "reason", "PINDAH",
                "proposeReplacement", false), null);
        assertFalse(refusalCodes(notListed).isEmpty(), "only a listed recipient can be reported for retur");

        JsonObject retur = filed("KJS", "lapor-retur", map("nik", RETURNED, "reason", "MENINGGAL",
                "eventDate", "2026-11-01", "proposeReplacement", true, "replacementNik", nik(6002),
                "replacementCategory", "DISABILITAS_INTELEKTUAL", "replacementNeglected", true), null);
        String tracking = retur.getString("tracking");
        JsonObject d = detail(tracking, Kiosk.TKSK);
        assertEquals(masked(RETURNED), d.getString("subjectNik"));
        assertTrue(d.getJsonObject("data").toString().contains(masked(nik(6002))), d.toString());
        assertFalse(d.toString().contains(nik(6002)), "the replacement's NIK is masked too");
        assertTrue(receiptText(tracking).replaceAll("\\s+", " ").contains("Dana berhenti dicairkan setelah Dinas "
                + "Sosial memutuskan, bukan saat laporan ini dibuat"), "payment stops once decided, not at filing");
        assertEquals(null, stopOf(RETURNED), "a report alone does not stop the payment");
        move(tracking, "verifikasi", "Keluarga membenarkan penerima meninggal, akta kematian sudah ada", Kiosk.KASI);
        move(tracking, "usulkan", "Diusulkan keluar dari daftar, pengganti memenuhi kriteria", Kiosk.TKSK);
        assertEquals("HELD", stopOf(RETURNED).getString("kind"), "held while the social office decides");
        assertFalse(transitions(tracking, Kiosk.TKSK).contains("retur"), "the TKSK does not decide");
        move(tracking, "retur", "Ditetapkan keluar dari daftar KJS", Kiosk.DINSOS);
        JsonObject seen = publicCase(tracking);
        assertEquals("retur", seen.getString("state"));
        assertTrue(seen.getBoolean("closed"));
        assertEquals("STOPPED", stopOf(RETURNED).getString("kind"));
    }

    /** The stop of a recipient's row at the desk, or null. */
    private static JsonObject stopOf(String nik) throws Exception {
        JsonObject row = op("KJS", "recipients", map(), Kiosk.TKSK).getJsonArray("recipients").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("nikMasked").equals(masked(nik))).findFirst()
                .orElseThrow();
        return row.containsKey("stop") ? row.getJsonObject("stop") : null;
    }

    @Test
    void aCollectivePackNeedsTheSkAndSuratTugasRefusesTheDeceasedAndRecordsTheHandOver() throws Exception {
        assertEquals(401, operate("KJS", "recipients", map(), null).status(), "the desk is for the pendamping");
        JsonObject list = op("KJS", "recipients", map(), Kiosk.TKSK);
        List<JsonObject> rows = list.getJsonArray("recipients").stream().map(JsonValue::asJsonObject).toList();
        assertFalse(list.toString().contains(DECEASED), "the desk shows masked NIKs only");
        assertEquals("death-list", stopOf(DECEASED).getString("code"), "the Santunan Kematian list names him");
        assertEquals("double-aid", stopOf(DOUBLE_AID).getString("code"));
        Kiosk.Answer status = status(DECEASED, DECEASED_KK);
        assertTrue(status.body().contains("Pencairan KJS dihentikan"), "no bare 'Terdaftar': " + status.body());

        List<String> niks = List.of(WITH_CARD, CARD_LOST, ALONE);
        List<String> refs = niks.stream().map(n -> ref(rows, n)).toList();
        Map<String, Object> collective = map("mode", "COLLECTIVE", "refs", refs);
        if (!list.containsKey("sk")) {
            Kiosk.Answer noSk = operate("KJS", "pack", collective, Kiosk.TKSK);
            assertTrue(noSk.body().contains("sk-missing"), noSk.body());
            java.time.LocalDate today = java.time.LocalDate.now();
            op("KJS", "sk-pendamping", map("number", "463/021/2026", "issued", today.minusDays(30).toString(),
                    "validUntil", today.plusDays(365).toString()), Kiosk.TKSK);
        }
        Kiosk.Answer deceased = operate("KJS", "pack", map("mode", "INDIVIDUAL", "ref", ref(rows, DECEASED)),
                Kiosk.TKSK);
        assertTrue(deceased.body().contains("payment-stopped") && deceased.body().contains("Sutrisno Prasetyo"),
                deceased.body());
        Kiosk.Answer noLetter = operate("KJS", "pack", collective, Kiosk.TKSK);
        assertTrue(noLetter.body().contains("surat-tugas-missing"), noLetter.body());

        String letter = "460/" + System.nanoTime() % 100000 + "/DINSOS";
        collective.put("suratTugasNumber", letter);
        collective.put("suratTugasDate", java.time.LocalDate.now().toString());
        JsonObject pack = op("KJS", "pack", collective, Kiosk.TKSK);
        String packId = pack.getString("packId");
        assertEquals(3, pack.getInt("count"));
        assertTrue(pack.getJsonObject("document").getString("title").contains("Kolektif"));

        String pdf = operationPdf("KJS", "pack-detail", map("packId", packId), Kiosk.TKSK);
        assertTrue(pdf.contains("Paket Pencairan Kolektif KJS"), pdf);
        assertTrue(pdf.contains(packId), pdf);
        for (String nik : niks) {
            assertTrue(pdf.contains(masked(nik)), masked(nik) + " in " + pdf);
            assertFalse(pdf.contains(nik), "no full NIK in the pack");
        }
        assertTrue(pdf.contains(letter), "the Surat Tugas number is printed: " + pdf);
        assertTrue(pdf.contains("463/021/2026"), "the SK number is printed: " + pdf);
        assertTrue(pdf.contains("••••••"), "masked account numbers: " + pdf);
        assertFalse(pdf.contains("2029150746"), "no full account number");

        JsonObject recorded = op("KJS", "record", map("packId", packId, "ref", refs.get(0)), Kiosk.TKSK);
        assertEquals("RECORDED", recorded.getJsonArray("results").getJsonObject(0).getString("status"));
        JsonObject handed = op("KJS", "hand-over", map("packId", packId, "ref", refs.get(0), "receiver", "KELUARGA",
                "receiverName", "Wahyuni", "relation", "Anak", "acknowledgement", "CAP_JEMPOL"), Kiosk.TKSK);
        assertEquals("RECORDED", handed.getJsonObject("handOver").getString("status"));
        assertTrue(operationPdf("KJS", "pack-detail", map("packId", packId), Kiosk.TKSK).contains("Diserahkan"));

        JsonObject single = op("KJS", "pack", map("mode", "INDIVIDUAL", "ref", refs.get(1)), Kiosk.TKSK);
        String individual = operationPdf("KJS", "pack-detail", map("packId", single.getString("packId")),
                Kiosk.TKSK);
        assertTrue(individual.contains("Paket Pencairan Perorangan KJS"), individual);
        assertFalse(individual.contains("Surat Tugas"), "an individual disbursement needs no Surat Tugas");
    }

    private static String ref(List<JsonObject> rows, String nik) {
        return rows.stream().filter(r -> r.getString("nikMasked").equals(masked(nik))).findFirst()
                .orElseThrow(() -> new AssertionError(masked(nik) + " not in " + rows)).getString("ref");
    }
}
