package id.anjungan.it.modules;

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

/** KJS over REST: screening to a validated proposal, retur with a replacement, a collective disbursement pack as PDF. */
class KjsIT {

    /** Recipients of the KJS demo list (modules/kjs/src/main/demo/recipients.csv). */
    static final String WITH_CARD = "3374010203650012";
    static final String WITH_CARD_KK = "3374011203100012";
    static final String SECOND = "3374014708581020";
    static final String CARD_LOST = "3374014412481104";
    static final String RETURNED = "3374015802821105";

    @BeforeAll
    static void lists() throws Exception {
        Kiosk.get().newResident();
        ensureDemoList("KJS", "2026-Q4", WITH_CARD, WITH_CARD_KK);
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
        move(tracking, "verifikasi", "Sudah dicek ke rumah, disabilitas mental berat", Kiosk.PSM);
        assertFalse(opens(tracking, Kiosk.PSM), "only the pendamping validates: the case is no longer the PSM's");
        move(tracking, "validasi", "Memenuhi kriteria KJS", Kiosk.TKSK);
        move(tracking, "teruskan", "Diteruskan ke Dinas Sosial", Kiosk.TKSK);
        JsonObject seen = publicCase(tracking);
        assertEquals("diteruskan", seen.getString("state"));
        assertEquals(List.of("diajukan", "diverifikasi", "divalidasi", "diteruskan"), seen.getJsonArray("history")
                .stream().map(h -> h.asJsonObject().getString("state")).toList());
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
        move(tracking, "verifikasi", "Keluarga membenarkan penerima meninggal", Kiosk.KASI);
        move(tracking, "retur", "Retur diusulkan, pengganti memenuhi kriteria", Kiosk.TKSK);
        JsonObject seen = publicCase(tracking);
        assertEquals("retur", seen.getString("state"));
        assertTrue(seen.getBoolean("closed"));
    }

    @Test
    void aCollectivePackPrintsWithMaskedNumbersAndTheSuratTugas() throws Exception {
        assertEquals(401, operate("KJS", "recipients", map(), null).status(), "the desk is for the pendamping");
        JsonObject list = op("KJS", "recipients", map(), Kiosk.TKSK);
        List<JsonObject> rows = list.getJsonArray("recipients").stream().map(JsonValue::asJsonObject).toList();
        List<String> niks = List.of(WITH_CARD, SECOND, CARD_LOST);
        List<String> refs = niks.stream().map(n -> rows.stream()
                .filter(r -> r.getString("nikMasked").equals(masked(n))).findFirst().orElseThrow(() ->
                        new AssertionError(masked(n) + " not in " + rows)).getString("ref")).toList();
        assertFalse(list.toString().contains(WITH_CARD), "the desk shows masked NIKs only");

        JsonObject pack = op("KJS", "pack", map("mode", "COLLECTIVE", "refs", refs), Kiosk.TKSK);
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
        assertTrue(pdf.contains("Surat Tugas"), pdf);
        assertTrue(pdf.contains("Fotokopi SK pendamping KJS"), pdf);
        assertTrue(pdf.contains("••••••"), "masked account numbers: " + pdf);
        assertFalse(pdf.contains("2031004512"), "no full account number");

        JsonObject recorded = op("KJS", "record", map("packId", packId, "ref", refs.get(0)), Kiosk.TKSK);
        assertEquals("RECORDED", recorded.getJsonArray("results").getJsonObject(0).getString("status"));
        assertTrue(operationPdf("KJS", "pack-detail", map("packId", packId), Kiosk.TKSK).contains("Sudah dicairkan"));

        JsonObject single = op("KJS", "pack", map("mode", "INDIVIDUAL", "ref", refs.get(1)), Kiosk.TKSK);
        String individual = operationPdf("KJS", "pack-detail", map("packId", single.getString("packId")),
                Kiosk.TKSK);
        assertTrue(individual.contains("Paket Pencairan Perorangan KJS"), individual);
        assertFalse(individual.contains("Surat Tugas"), "an individual disbursement needs no Surat Tugas");
    }
}
