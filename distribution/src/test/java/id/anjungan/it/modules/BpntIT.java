package id.anjungan.it.modules;

import static id.anjungan.it.modules.ModuleIt.attachment;
import static id.anjungan.it.modules.ModuleIt.detail;
import static id.anjungan.it.modules.ModuleIt.digitVariants;
import static id.anjungan.it.modules.ModuleIt.ensureDemoList;
import static id.anjungan.it.modules.ModuleIt.filed;
import static id.anjungan.it.modules.ModuleIt.json;
import static id.anjungan.it.modules.ModuleIt.kiosk;
import static id.anjungan.it.modules.ModuleIt.map;
import static id.anjungan.it.modules.ModuleIt.masked;
import static id.anjungan.it.modules.ModuleIt.move;
import static id.anjungan.it.modules.ModuleIt.nik;
import static id.anjungan.it.modules.ModuleIt.op;
import static id.anjungan.it.modules.ModuleIt.operate;
import static id.anjungan.it.modules.ModuleIt.opens;
import static id.anjungan.it.modules.ModuleIt.publicCase;
import static id.anjungan.it.modules.ModuleIt.receiptText;
import static id.anjungan.it.modules.ModuleIt.refusalCodes;
import static id.anjungan.it.modules.ModuleIt.registered;
import static id.anjungan.it.modules.ModuleIt.status;
import static id.anjungan.it.modules.ModuleIt.submit;
import static id.anjungan.it.modules.ModuleIt.transitions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * BPNT over REST as paid in Semarang since 2023: the tahap view, every card-problem branch to a receipt, the zero-balance
 * triage against the tahap's payment list, condition changes up to Kemensos' decision recorded by Dinas Sosial,
 * cash-era complaints, collection by family on the same KK, proposals decided by Kemensos, and a hot update.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BpntIT {

    /** Listed KPM of the demo list (modules/bpnt/src/main/demo/recipients.csv), paid through a KKS card. */
    static final String KPM = "3374012612871001";
    static final String KPM_KK = "3374010108121001";
    static final String KPM_CHANGE = "3374015309461002";
    /** Paid at the post office (Jagalan); its tahap not paid out yet. */
    static final String POS_KPM = "3374015608851006";
    static final String POS_KPM_KK = "3374010205051006";
    /** Paid through a KKS; tahap 2026-4 not credited yet. */
    static final String NOT_CREDITED = "3374014510791003";
    /** Reported as able to support themselves and removed once Kemensos decides. */
    static final String KPM_ABLE = "3374011809571027";
    /** Listed in the KJS demo list. */
    static final String KJS_RECIPIENT = "3374010203650012";
    static final String KJS_RECIPIENT_KK = "3374011203100012";

    @BeforeAll
    static void lists() throws Exception {
        kiosk().newResident();
        ensureDemoList("BPNT", "2026-11", KPM, KPM_KK);
        ensureDemoList("KJS", "2026-Q4", KJS_RECIPIENT, KJS_RECIPIENT_KK);
    }

    @Test
    @Order(1)
    void statusFindsAListedKpm() throws Exception {
        Kiosk.Answer status = status(KPM, KPM_KK);
        assertEquals(200, status.status(), "POST /api/status: " + status.body());
        assertTrue(registered(status, "BPNT"), status.body());
        JsonObject bpnt = status.object().getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("program").equals("BPNT")).findFirst().orElseThrow();
        assertTrue(bpnt.toString().contains("200.000"), bpnt.toString());
        assertTrue(bpnt.toString().contains("Tahap 4 tahun 2026 (Oktober–Desember 2026): sudah masuk ke rekening BNI"),
                bpnt.toString());
        assertFalse(bpnt.toString().contains("e-Warung"), bpnt.toString());
        assertFalse(registered(status(KPM, "3374010108129999"), "BPNT"), "a wrong KK answers like not registered");
        JsonObject post = status(POS_KPM, POS_KPM_KK).object().getJsonArray("results").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("program").equals("BPNT")).findFirst()
                .orElseThrow();
        assertTrue(post.toString().contains("Uang tunai melalui Kantor Pos"), post.toString());
        assertTrue(post.toString().contains("Tahap 4 tahun 2026"), post.toString());
    }

    @Test
    @Order(2)
    void everyCardProblemBranchEndsInItsOwnChecklistAndAReceipt() throws Exception {
        Map<String, Map<String, Object>> branches = new LinkedHashMap<>();
        branches.put("KARTU_HILANG", map("problem", "KARTU_HILANG", "lossLetter", true, "policeReport", true));
        branches.put("KARTU_RUSAK", map("problem", "KARTU_RUSAK"));
        branches.put("PIN_TERBLOKIR", map("problem", "PIN_TERBLOKIR"));
        branches.put("SALDO_NOL", map("problem", "SALDO_NOL", "tahap", "2026-4", "paymentList", "TERDAFTAR"));
        branches.put("BUKU_HILANG", map("problem", "BUKU_HILANG", "lossLetter", false));
        Map<String, List<String>> checklists = new LinkedHashMap<>();
        for (var branch : branches.entrySet()) {
            Map<String, Object> data = new LinkedHashMap<>(branch.getValue());
            data.put("nik", KPM);
            JsonObject answer = filed("BPNT", "masalah-kartu", data, null);
            String tracking = answer.getString("tracking");
            assertTrue(tracking.startsWith("BPNT-"), tracking);
            assertEquals("dilaporkan", answer.getString("state"));
            List<String> labels = answer.getJsonArray("checklist").stream()
                    .map(c -> c.asJsonObject().getString("label")).toList();
            assertFalse(labels.isEmpty(), branch.getKey());
            checklists.put(branch.getKey(), labels);
            String category = detail(tracking, Kiosk.TKSK).getString("category");
            assertTrue(category.startsWith(branch.getKey()), branch.getKey() + " filed as " + category);
            String receipt = receiptText(tracking);
            assertTrue(receipt.contains(tracking), branch.getKey() + ": " + receipt);
            assertFalse(receipt.contains(KPM), "the receipt shows the NIK masked");
        }
        assertTrue(checklists.get("KARTU_HILANG").containsAll(List.of("Surat keterangan kehilangan dari kelurahan",
                "Surat Tanda Penerimaan Laporan (STPL) kehilangan dari Polsek",
                "Surat rekomendasi Dinas Sosial untuk bank", "KKS pengganti (dicetak ulang oleh bank)")),
                checklists.toString());
        assertFalse(checklists.get("KARTU_RUSAK").stream().anyMatch(l -> l.contains("Polsek")));
        assertTrue(checklists.get("BUKU_HILANG").stream().anyMatch(l -> l.toLowerCase().contains("kehilangan")));
        assertFalse(checklists.get("BUKU_HILANG").stream().anyMatch(l -> l.contains("Polsek")));
        assertTrue(new java.util.HashSet<>(checklists.values()).size() >= 3,
                "the checklist differs by branch: " + checklists);
        assertTrue(!checklists.get("KARTU_HILANG").equals(checklists.get("KARTU_RUSAK"))
                && !checklists.get("KARTU_HILANG").equals(checklists.get("BUKU_HILANG"))
                && !checklists.get("SALDO_NOL").equals(checklists.get("KARTU_HILANG")), checklists.toString());
    }

    /** The tahap's payment list decides a zero balance; the resident's answer only counts without it. */
    @Test
    @Order(2)
    void aZeroBalanceIsTriagedAgainstTheTahapsPaymentList() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("2026-4", "SALDO_NOL_TERDAFTAR");
        expected.put("2026-2", "SALDO_NOL_DIBERSIHKAN");
        for (var tahap : expected.entrySet()) {
            JsonObject answer = filed("BPNT", "masalah-kartu", map("nik", NOT_CREDITED, "problem", "SALDO_NOL",
                    "tahap", tahap.getKey(), "paymentList", "DIBERSIHKAN"), null);
            String tracking = answer.getString("tracking");
            assertEquals(tahap.getValue(), detail(tracking, Kiosk.TKSK).getString("category"), tahap.getKey());
        }
        assertEquals(List.of("tahap-not-started"), refusalCodes(submit("BPNT", "masalah-kartu", map("nik",
                NOT_CREDITED, "problem", "SALDO_NOL", "tahap", "2027-1"), null)));
    }

    @Test
    @Order(3)
    void aCardCaseMovesThroughTheTkskWorkflowAndTheResidentSeesItsHistory() throws Exception {
        String tracking = filed("BPNT", "masalah-kartu", map("nik", KPM, "problem", "KARTU_HILANG",
                "lossLetter", true, "policeReport", false), null).getString("tracking");
        assertFalse(opens(tracking, Kiosk.PSM), "only the TKSK forwards: a case waiting for them is not the PSM's");
        move(tracking, "teruskan", "Diteruskan ke Dinas Sosial untuk cetak ulang KKS", Kiosk.TKSK);
        move(tracking, "selesaikan", "Kartu KKS baru sudah diterima KPM", Kiosk.TKSK);
        JsonObject seen = publicCase(tracking);
        assertTrue(seen.getBoolean("closed"));
        assertEquals("selesai", seen.getString("state"));
        assertEquals(masked(KPM), seen.getString("subjectNik"));
        List<String> states = seen.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("state"))
                .toList();
        assertEquals(List.of("dilaporkan", "diteruskan", "selesai"), states);
        assertFalse(seen.toString().contains("Kartu KKS baru sudah diterima KPM"), "no officer's note: " + seen);
        assertTrue(transitions(tracking, Kiosk.TKSK).isEmpty(), "a closed case offers no transition");
    }

    @Test
    @Order(4)
    void aChangeOfConditionIsCheckedAtHomeAndLeadsToAChangeOfHolder() throws Exception {
        JsonObject answer = filed("BPNT", "perubahan-kondisi", map("nik", KPM_CHANGE,
                "change", "MENINGGAL_ADA_KELUARGA", "eventDate", "2026-11-02", "newHolderNik", nik(5001)), null);
        String tracking = answer.getString("tracking");
        assertEquals("MENINGGAL_ADA_KELUARGA", detail(tracking, Kiosk.TKSK).getString("category"));
        assertTrue(receiptText(tracking).contains(tracking));
        move(tracking, "verifikasi", "Sudah dicek ke rumah oleh PSM", Kiosk.PSM);
        assertFalse(opens(tracking, Kiosk.PSM), "after the home visit the case waits for the TKSK, not the PSM");
        move(tracking, "ganti-pengurus", "Istri almarhum menjadi pengurus baru", Kiosk.TKSK);
        JsonObject seen = publicCase(tracking);
        assertEquals("ganti-pengurus", seen.getString("state"));
        assertTrue(seen.getBoolean("closed"));
    }

    /** A removal is only proposed by the TKSK; Kemensos decides and the Dinas Sosial operator records it. */
    @Test
    @Order(4)
    void aRemovalStopsNothingUntilDinasSosialRecordsKemensosDecision() throws Exception {
        String tracking = filed("BPNT", "perubahan-kondisi", map("nik", KPM_ABLE, "change", "MAMPU"), null)
                .getString("tracking");
        String receipt = receiptText(tracking);
        assertTrue(receipt.replaceAll("\\s+", " ").contains("Bantuan baru berhenti setelah Kementerian Sosial "
                + "memutuskan"), receipt);
        assertTrue(receipt.replaceAll("\\s+", " ").contains("Penggantinya diusulkan dari daftar prioritas "
                + "kelurahan"), receipt);
        move(tracking, "verifikasi", "Rumah sudah direnovasi, anak bekerja tetap", Kiosk.PSM);
        move(tracking, "retur", "Diusulkan keluar dari daftar karena sudah mampu", Kiosk.TKSK);
        assertFalse(publicCase(tracking).getBoolean("closed"), "a proposal is not a decision");
        assertFalse(transitions(tracking, Kiosk.TKSK).contains("keluarkan"), "a TKSK cannot record the decision");
        Kiosk.Answer noSource = kiosk().post("/api/cases/" + tracking + "/transitions",
                json("transition", "keluarkan"), Kiosk.DINSOS);
        assertEquals(422, noSource.status(), "the decision needs its source: " + noSource.body());
        move(tracking, "keluarkan", "Hasil DTSEN/SIKS-NG 2026-12-01: dikeluarkan", Kiosk.DINSOS);
        JsonObject seen = publicCase(tracking);
        assertEquals("dikeluarkan", seen.getString("state"));
        assertTrue(seen.getBoolean("closed"));
    }

    @Test
    @Order(5)
    void aCashEraComplaintKeepsItsCategoryAndSla() throws Exception {
        JsonObject answer = filed("BPNT", "pengaduan", map("nik", KPM, "category", "KKS_DIPEGANG",
                "incidentDate", "2026-11-18", "description", "Ketua kelompok menyimpan KKS dan PIN saya sejak Juli"),
                null);
        String tracking = answer.getString("tracking");
        JsonObject d = detail(tracking, Kiosk.TKSK);
        assertEquals("KKS_DIPEGANG", d.getString("category"));
        assertFalse(d.isNull("dueAt"), "a complaint has an SLA due date");
        assertTrue(receiptText(tracking).contains(tracking));
        move(tracking, "tangani", null, Kiosk.TKSK);
        Kiosk.Answer noNote = kiosk().post("/api/cases/" + tracking + "/transitions",
                json("transition", "selesai"), Kiosk.TKSK);
        assertEquals(422, noNote.status(), "closing a complaint needs a note: " + noNote.body());
        move(tracking, "selesai", "KKS sudah dikembalikan kepada penerima dan PIN diganti", Kiosk.TKSK);
        JsonObject seen = publicCase(tracking);
        assertEquals("selesai", seen.getString("state"));
        assertFalse(seen.toString().contains("KKS sudah dikembalikan"), "officers' notes stay inside");
        assertTrue(detail(tracking, Kiosk.TKSK).toString().contains("KKS sudah dikembalikan kepada penerima dan PIN diganti"));
        assertEquals(List.of("paid-at-post-office"), refusalCodes(submit("BPNT", "pengaduan", map("nik", POS_KPM,
                "category", "KKS_DIPEGANG", "incidentDate", "2026-11-18", "description",
                "Ketua kelompok menyimpan KKS dan PIN saya sejak Juli"), null)));
    }

    /** Only a family member on the recipient's own KK collects for someone who cannot come. */
    @Test
    @Order(5)
    void aFamilyMemberOnTheSameKkCollectsForASickRecipient() throws Exception {
        Map<String, Object> data = map("nik", POS_KPM, "reason", "SAKIT", "way", "KELUARGA",
                "collectorNik", nik(5003), "collectorKk", ModuleIt.kk(5003), "phone", "081234567890");
        assertEquals(List.of("collector-other-kk"), refusalCodes(submit("BPNT", "antar-bantuan", data, null)));
        data.put("collectorKk", POS_KPM_KK);
        JsonObject answer = filed("BPNT", "antar-bantuan", data, null);
        List<String> labels = answer.getJsonArray("checklist").stream()
                .map(c -> c.asJsonObject().getString("label")).toList();
        assertTrue(labels.contains("Surat kuasa dari penerima kepada anggota keluarga yang mengambil"), labels.toString());
        assertFalse(answer.toString().contains("e-Warung"), answer.toString());
    }

    @Test
    @Order(6)
    void aKjsRecipientIsToldSoInsteadOfBeingProposedForBpnt() throws Exception {
        Kiosk.Answer refused = submit("BPNT", "usul", map("nik", KJS_RECIPIENT, "kk", KJS_RECIPIENT_KK,
                "relation", "DIRI_SENDIRI", "reason", "Tidak mampu membeli bahan pangan"), null);
        assertEquals(List.of("double-aid"), refusalCodes(refused));
        assertTrue(refused.body().contains("KJS"), refused.body());
        for (String typed : digitVariants(KJS_RECIPIENT)) {
            assertEquals(List.of("double-aid"), refusalCodes(submit("BPNT", "usul", map("nik", typed, "kk",
                    KJS_RECIPIENT_KK, "relation", "DIRI_SENDIRI", "reason", "Tidak mampu membeli bahan pangan"), null)),
                    "the KJS recipient in other digits");
        }
        assertEquals(List.of("subject-mismatch"), refusalCodes(submit("BPNT", "usul", map("nik", KJS_RECIPIENT,
                "kk", KJS_RECIPIENT_KK, "relation", "DIRI_SENDIRI", "reason", "Tidak mampu membeli bahan pangan"),
                KJS_RECIPIENT_KK, null)), "a subject named by the client cannot move the check onto the KK");
        Kiosk.Answer accepted = submit("BPNT", "usul", map("nik", nik(5002), "kk", ModuleIt.kk(5002),
                "relation", "DIRI_SENDIRI", "reason", "Tidak mampu membeli bahan pangan"), null);
        assertEquals(201, accepted.status(), "someone without KJS may be proposed: " + accepted.body());
        String tracking = accepted.object().getString("tracking");
        op("BPNT", "home-visit", map("tracking", tracking, "findings", "Dicek ke rumah oleh PSM dan Kasi Kesos: "
                + "tidak mampu membeli bahan pangan.", "photo", attachment(), "confirmed", true, "urgency", "SEDANG"),
                Kiosk.PSM);
        move(tracking, "validasi", "Divalidasi TKSK", Kiosk.TKSK);
        move(tracking, "teruskan", "Diteruskan ke Dinas Sosial untuk DTSEN", Kiosk.TKSK);
        assertFalse(transitions(tracking, Kiosk.TKSK).contains("terima"), "Kemensos decides, not the TKSK");
        move(tracking, "terima", "Hasil DTSEN/SIKS-NG 2026-12-01: masuk daftar", Kiosk.DINSOS);
        assertEquals("diterima", publicCase(tracking).getString("state"));
    }

    /**
     * An usul is visited at home with findings, a photo and its urgency (a bare "checked" is refused, the IT admin may
     * not visit, a replayed visit records nothing), and then waits on the priority list, NIK masked.
     */
    @Test
    @Order(6)
    void aVisitedUsulJoinsThePriorityListThatReplacesAKpmWhoLeaves() throws Exception {
        JsonObject proposal = filed("BPNT", "usul", map("nik", nik(5004), "kk", ModuleIt.kk(5004), "relation",
                "TETANGGA", "reason", "Suami sakit stroke, istri buruh cuci, tiga anak sekolah"), null);
        String tracking = proposal.getString("tracking");
        assertTrue(receiptText(tracking).replaceAll("\\s+", " ").contains("daftar prioritas kelurahan"));
        JsonObject before = op("BPNT", "replacement-priority", map(), Kiosk.PSM);
        assertTrue(before.getJsonArray("awaitingVisit").toString().contains(tracking), before.toString());
        Map<String, Object> visit = map("tracking", tracking, "findings", "Rumah kontrakan satu kamar, suami "
                + "terbaring sakit, tidak ada penghasilan tetap.", "photo", attachment(), "confirmed", true,
                "urgency", "TINGGI");
        Map<String, Object> bare = new java.util.HashMap<>(visit);
        bare.put("findings", "sudah dicek");
        assertEquals(422, operate("BPNT", "home-visit", bare, Kiosk.PSM).status(), "a bare 'checked' is not a visit");
        assertEquals(403, operate("BPNT", "home-visit", visit, Kiosk.ADMIN).status(), "the IT admin does not visit");
        assertEquals("diverifikasi", op("BPNT", "home-visit", visit, Kiosk.PSM).getString("state"));
        assertFalse(operate("BPNT", "home-visit", visit, Kiosk.PSM).status() == 200, "a replayed visit records nothing");
        JsonObject list = op("BPNT", "replacement-priority", map(), Kiosk.TKSK);
        JsonObject row = list.getJsonArray("candidates").stream().map(v -> (JsonObject) v)
                .filter(r -> r.getString("tracking").equals(tracking)).findFirst().orElseThrow();
        assertEquals("TINGGI", row.getString("urgency"));
        assertFalse(list.toString().contains(nik(5004)), "NIKs are masked on the list");
        assertTrue(detail(tracking, Kiosk.TKSK).toString().contains("Rumah kontrakan satu kamar"));
        assertTrue(operate("BPNT", "replacement-priority", map(), null).status() >= 400, "residents do not see it");
    }

    @Test
    @Order(7)
    void theBundleIsUpdatedUnderLoadWithoutLosingACase() throws Exception {
        Kiosk kiosk = kiosk();
        JsonObject before = module("BPNT");
        String version = before.getString("version");
        byte[] update = ModuleUpdates.withVersion(ModuleUpdates.moduleJar("anjungan-module-bpnt"), "1.0.99");
        List<String> tracked = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch warm = new CountDownLatch(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                pool.submit(() -> {
                    int n = 0;
                    while (running.get()) {
                        Kiosk.Answer a = kiosk.post("/api/cases", json("program", "BPNT", "service", "pengaduan",
                                "data", map("nik", KPM, "category", "POTONGAN", "incidentDate", "2026-11-19",
                                        "description", "Diminta uang oleh pendamping, beban " + thread + "-" + n++)));
                        if (a.status() == 201) {
                            tracked.add(a.object().getString("tracking"));
                        } else {
                            failures.add(a.status() + " " + a.body());
                        }
                        if (n == 3) {
                            warm.countDown();
                        }
                    }
                    return null;
                });
            }
            assertTrue(warm.await(60, TimeUnit.SECONDS), "the load started");
            Kiosk.Answer updated = kiosk.upload("PUT", "/api/admin/modules/BPNT", "application/java-archive", update,
                    Kiosk.ADMIN);
            assertEquals(200, updated.status(), updated.body());
            assertEquals("1.0.99", updated.object().getString("version"), updated.body());
            int settled = tracked.size();
            while (tracked.size() < settled + 16 && failures.isEmpty()) {
                Thread.sleep(50);
            }
        } finally {
            running.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(90, TimeUnit.SECONDS));
        }
        try {
            assertEquals(List.of(), List.copyOf(failures), "no request failed during the update");
            JsonObject after = module("BPNT");
            assertEquals("1.0.99", after.getString("version"));
            assertEquals("ACTIVE", after.getString("state"));
            assertEquals(version, after.getString("previousVersion"));
            assertTrue(tracked.size() >= 40, "enough load: " + tracked.size());
            for (String tracking : tracked) {
                // as staff: a resident's tracking lookups are limited per minute, far below this check's count
                Kiosk.Answer found = kiosk.get("/api/cases/" + tracking, Kiosk.TKSK);
                assertEquals(200, found.status(), tracking + ": " + found.body());
                assertEquals("pengaduan", found.object().getString("service"));
            }
            assertEquals(200, kiosk.get("/api/programs/BPNT/services/pengaduan").status());
        } finally {
            Kiosk.Answer back = kiosk.post("/api/admin/modules/BPNT/rollback", "", Kiosk.ADMIN);
            assertEquals(200, back.status(), "restore the original bundle: " + back.body());
            assertEquals(version, module("BPNT").getString("version"));
        }
    }

    private static JsonObject module(String code) throws Exception {
        return kiosk().get("/api/modules").array().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
