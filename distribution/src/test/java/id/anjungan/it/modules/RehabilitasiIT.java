package id.anjungan.it.modules;

import static id.anjungan.it.modules.ModuleIt.detail;
import static id.anjungan.it.modules.ModuleIt.filed;
import static id.anjungan.it.modules.ModuleIt.kiosk;
import static id.anjungan.it.modules.ModuleIt.map;
import static id.anjungan.it.modules.ModuleIt.move;
import static id.anjungan.it.modules.ModuleIt.op;
import static id.anjungan.it.modules.ModuleIt.operate;
import static id.anjungan.it.modules.ModuleIt.operationPdf;
import static id.anjungan.it.modules.ModuleIt.publicCase;
import static id.anjungan.it.modules.ModuleIt.receiptText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Rehabilitasi over REST: a street report, the referral with its cover letter as PDF, placement, first visit; an RSJ
 * intake placed in Samekto Karti, a report across the border forwarded, Pendataan PPKS and its monthly table.
 */
class RehabilitasiIT {

    /** The panti that takes PGOT; Samekto Karti takes people with a mental illness. */
    private static final String PANTI = "salam-sari";
    private static final int DESKS = 16;

    private static String report(String urgency, String location) throws Exception {
        return filed("REHSOS", "laporkan-orang-terlantar", map("urgency", urgency, "category", "PGOT",
                "kelurahan", "Pekunden", "location", location, "rt", "3", "rw", "2", "needs", "MEDIS",
                "description", "Laki-laki tua, kurus, tidur di emperan toko"), null).getString("tracking");
    }

    private static JsonObject panti() throws Exception {
        return op("REHSOS", "panti", map(), Kiosk.TKSK).getJsonArray("panti").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("id").equals(PANTI)).findFirst().orElseThrow();
    }

    @Test
    void aStreetReportIsReferredPlacedWithinTheQuotaAndVisited() throws Exception {
        JsonObject filed = filed("REHSOS", "laporkan-orang-terlantar", map("urgency", "DARURAT", "category", "PGOT",
                "kelurahan", "Pekunden", "location", "Halte Jl. Pandanaran depan Pekunden", "rt", "3", "rw", "2",
                "needs", "MEDIS", "description", "Laki-laki tua, tidak sadar, luka di kaki"), null);
        String tracking = filed.getString("tracking");
        JsonObject ambulance = kiosk().get("/api/programs/REHSOS/services/laporkan-orang-terlantar").object()
                .getJsonArray("form").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("ambulanceCalled")).findFirst().orElseThrow();
        assertTrue(ambulance.getString("label").contains("112") && ambulance.getString("help").contains("Kariadi"),
                "the contacts are asked right after an emergency is chosen: " + ambulance);
        assertEquals("DARURAT", ambulance.getJsonObject("visibleWhen").getJsonArray("anyOf").getString(0));
        assertTrue(filed.getString("nextSteps").contains("DARURAT"), "an emergency shows the ambulance at once: "
                + filed.getString("nextSteps"));
        assertTrue(receiptText(tracking).contains(tracking));
        assertTrue(op("REHSOS", "laporan", map(), Kiosk.TKSK).toString().contains(tracking), "on the TKSK's desk");

        assertEquals(401, operate("REHSOS", "rujukan", map("tracking", tracking), null).status());
        JsonObject referral = op("REHSOS", "rujukan", map("tracking", tracking, "reason",
                "Tidak sadar, dehidrasi, luka di kaki", "estimatedAge", 60, "sex", "L"), Kiosk.TKSK);
        assertEquals("dirujuk", referral.getString("state"));
        assertEquals("Surat Pengantar", referral.getJsonObject("coverLetter").getJsonObject("document")
                .getString("title"));
        op("REHSOS", "catat-surat", map("tracking", tracking, "letter", "PENGANTAR", "number", "460/77/XI/2026",
                "date", "2026-11-20"), Kiosk.TKSK);
        String letter = operationPdf("REHSOS", "surat-pengantar", map("tracking", tracking), Kiosk.TKSK);
        assertTrue(letter.contains("Surat Pengantar"), letter);
        assertTrue(letter.contains("460/77/XI/2026"), letter);
        assertTrue(letter.contains("KELURAHAN PEKUNDEN"), letter);
        assertTrue(letter.contains("Halte Jl. Pandanaran depan Pekunden"), letter);
        assertTrue(letter.contains("Lurah Pekunden"), letter);
        assertTrue(letter.contains(tracking), letter);
        assertTrue(letter.contains("Tembusan"), letter);

        JsonObject before = panti();
        int quota = before.getInt("quota");
        int placedBefore = before.getJsonArray("placed").size();
        assertTrue(placedBefore < quota, "a free place in " + before);
        JsonObject placed = op("REHSOS", "tempatkan", map("tracking", tracking, "panti", PANTI, "category", "PGOT"),
                Kiosk.TKSK);
        assertTrue(placed.getBoolean("placed"), placed.toString());
        assertEquals("ditempatkan", placed.getString("state"));
        assertEquals(placedBefore + 1, panti().getJsonArray("placed").size());
        Kiosk.Answer again = operate("REHSOS", "tempatkan", map("tracking", tracking, "panti", PANTI,
                "category", "PGOT"), Kiosk.TKSK);
        assertEquals(422, again.status(), again.body());

        JsonObject left = op("REHSOS", "keluar-panti", map("tracking", tracking, "reason", "PULIH",
                "note", "Dinyatakan pulih, tinggal di rumah singgah"), Kiosk.TKSK);
        assertEquals("pemantauan", left.getString("state"));
        assertFalse(left.getJsonArray("visits").isEmpty());
        assertEquals(placedBefore, panti().getJsonArray("placed").size(), "leaving frees the place");
        assertTrue(op("REHSOS", "pemantauan", map(), Kiosk.TKSK).toString().contains(tracking), "a visit is due");

        JsonObject visit = op("REHSOS", "kunjungan", map("tracking", tracking, "condition", "BAIK",
                "note", "Sehat, makan teratur, ikut kegiatan rumah singgah"), Kiosk.TKSK);
        assertEquals(1, visit.getInt("visit"));
        assertFalse(visit.isNull("nextDue"));
        assertEquals("pemantauan", visit.getString("state"));

        JsonObject seen = publicCase(tracking);
        List<String> states = seen.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("state"))
                .distinct().toList();
        assertEquals(List.of("dilaporkan", "dirujuk", "ditempatkan", "pemantauan"), states);
        assertFalse(seen.toString().contains("makan teratur"), "a visit's note is not public: " + seen);
        assertTrue(detail(tracking, Kiosk.TKSK).toString().contains("Kunjungan pemantauan ke-1"));
    }

    @Test
    void aFullPantiPutsTheNextPersonOnTheWaitingList() throws Exception {
        JsonObject before = panti();
        int free = before.getInt("quota") - before.getJsonArray("placed").size();
        List<String> placed = new ArrayList<>();
        String waiting = null;
        try {
            for (int i = 0; i <= free; i++) {
                String tracking = report("BIASA", "Kolong jembatan Banjir Kanal no. " + i);
                move(tracking, "tangani", "Didatangi TKSK", Kiosk.TKSK);
                JsonObject answer = op("REHSOS", "tempatkan", map("tracking", tracking, "panti", PANTI,
                        "category", "PGOT"), Kiosk.TKSK);
                if (i < free) {
                    assertTrue(answer.getBoolean("placed"), answer.toString());
                    placed.add(tracking);
                } else {
                    assertFalse(answer.getBoolean("placed"), "the quota is full: " + answer);
                    assertTrue(answer.getInt("waitingPosition") >= 1, answer.toString());
                    assertEquals("menunggu-panti", answer.getString("state"));
                    waiting = tracking;
                }
            }
            JsonObject full = panti();
            assertEquals(full.getInt("quota"), full.getJsonArray("placed").size(), "never above the quota");
            assertTrue(full.getJsonArray("waiting").toString().contains(waiting), full.toString());

            op("REHSOS", "keluar-panti", map("tracking", placed.remove(0), "reason", "KELUARGA",
                    "note", "Keluarga menjemput ke panti"), Kiosk.TKSK);
            assertEquals("ditempatkan", publicCase(waiting).getString("state"), "the first waiting takes the place");
            placed.add(waiting);
        } finally {
            // free the places this test took, so that other runs against the same kiosk find the quota as before
            for (String tracking : placed) {
                operate("REHSOS", "keluar-panti", map("tracking", tracking, "reason", "LAINNYA",
                        "note", "Data uji dibersihkan"), Kiosk.TKSK);
            }
        }
    }

    /**
     * Sixteen officers at once: each moves a different case (these deadlocked on Derby), then each places one in the
     * same panti (these timed out): no answer is a 5xx, the panti is filled exactly, the rest wait in line.
     */
    @Test
    void sixteenOfficersAtOnceMoveTheirCasesAndFillThePantiExactly() throws Exception {
        JsonObject before = panti();
        int free = before.getInt("quota") - before.getJsonArray("placed").size();
        List<String> tracking = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            tracking.add(report("BIASA", "Emperan Pasar Johar los " + i));
        }
        ExecutorService desks = Executors.newFixedThreadPool(DESKS);
        List<String> placed = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        try {
            List<Kiosk.Answer> moved = atOnce(desks, tracking, t -> kiosk().post("/api/cases/" + t + "/transitions",
                    ModuleIt.json("transition", "tangani", "note", "Didatangi TKSK"), Kiosk.TKSK));
            assertEquals(List.of(), failed(moved), "moving 16 different cases at once");

            List<Kiosk.Answer> answers = atOnce(desks, tracking, t -> operate("REHSOS", "tempatkan", map("tracking", t,
                    "panti", PANTI, "category", "PGOT"), Kiosk.TKSK));
            assertEquals(List.of(), failed(answers), "placing 16 cases in one panti at once");
            for (Kiosk.Answer answer : answers) {
                JsonObject a = answer.object();
                (a.getBoolean("placed") ? placed : waiting).add(a.getString("tracking"));
                assertEquals(a.getBoolean("placed") ? "ditempatkan" : "menunggu-panti", a.getString("state"));
            }
            assertEquals(Math.min(free, DESKS), placed.size(), "exactly the free places");
            JsonObject after = panti();
            assertEquals(after.getInt("quota"), after.getJsonArray("placed").size(), "never above the quota");
            assertEquals(DESKS - placed.size(), waiting.size());
        } finally {
            desks.shutdownNow();
            for (String t : waiting) { // first off the list, so that freeing a place promotes nobody
                operate("REHSOS", "batal-antre", map("tracking", t, "note", "Data uji dibersihkan"), Kiosk.TKSK);
            }
            for (String t : placed) {
                operate("REHSOS", "keluar-panti", map("tracking", t, "reason", "LAINNYA", "note", "Data uji dibersihkan"),
                        Kiosk.TKSK);
            }
        }
    }

    /** Answers that are not 200, with their bodies. */
    private static List<String> failed(List<Kiosk.Answer> answers) {
        return answers.stream().filter(a -> a.status() != 200).map(a -> a.status() + " " + a.body()).toList();
    }

    private interface Request {
        Kiosk.Answer send(String tracking) throws Exception;
    }

    /** Sends one request per case, all released at the same moment, each from a desk of its own. */
    private static List<Kiosk.Answer> atOnce(ExecutorService desks, List<String> tracking, Request request)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Kiosk.Answer>> sent = new ArrayList<>();
        for (String t : tracking) {
            sent.add(desks.submit(() -> {
                go.await();
                return request.send(t);
            }));
        }
        go.countDown();
        List<Kiosk.Answer> answers = new ArrayList<>();
        for (Future<Kiosk.Answer> f : sent) {
            answers.add(f.get());
        }
        return answers;
    }

    @Test
    void theRsjIntakeBorderForwardingAndPendataanPpksWalk() throws Exception {
        // the seed's case (000:L4405-4412): recovered at the RSJ, no family, placed in Samekto Karti
        String fromRsj = filed("REHSOS", "penerimaan-dari-rsj", map("hospital", "RSJD Dr. Amino Gondohutomo Semarang",
                "declaredRecovered", true, "dischargeLetter", "445/871/RSJ/XI/2026", "dischargeDate", "2026-11-20",
                "familyNotFound", true, "kelurahan", "TIDAK_DIKETAHUI", "sex", "L", "estimatedAge", 45),
                Kiosk.TKSK).getString("tracking");
        assertEquals(403, operate("REHSOS", "tempatkan", map("tracking", fromRsj, "panti", "samekto-karti"),
                Kiosk.ADMIN).status(), "the IT admin has no field powers");
        move(fromRsj, "tangani", "Dijemput TKSK dari RSJ", Kiosk.TKSK);
        JsonObject samekto = op("REHSOS", "panti", map(), Kiosk.TKSK).getJsonArray("panti").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("id").equals("samekto-karti")).findFirst()
                .orElseThrow();
        assertFalse(samekto.isNull("reportedOn"), "places as Dinsos Prov reported them: " + samekto);
        JsonObject placed = op("REHSOS", "tempatkan", map("tracking", fromRsj, "panti", "samekto-karti"), Kiosk.TKSK);
        String after = placed.getBoolean("placed") ? "ditempatkan" : "menunggu-panti";
        assertEquals(after, placed.getString("state"), placed.toString());
        if (placed.getBoolean("placed")) {
            op("REHSOS", "keluar-panti", map("tracking", fromRsj, "reason", "LAINNYA", "note", "Data uji dibersihkan"),
                    Kiosk.TKSK);
        } else {
            op("REHSOS", "batal-antre", map("tracking", fromRsj, "note", "Data uji dibersihkan"), Kiosk.TKSK);
        }

        // found just across the border: taken and forwarded, not refused
        JsonObject across = filed("REHSOS", "laporkan-orang-terlantar", map("urgency", "SEGERA", "category", "PGOT",
                "kelurahan", "LUAR_KECAMATAN", "elsewhere", "Kelurahan Peterongan, Kecamatan Semarang Selatan",
                "location", "Depan Pasar Peterongan", "needs", "MAKAN_TEMPAT"), null);
        assertTrue(across.getString("nextSteps").contains("meneruskan laporan"), across.getString("nextSteps"));
        JsonObject forwarded = move(across.getString("tracking"), "teruskan",
                "Diteruskan ke TKSK Kecamatan Semarang Selatan", Kiosk.TKSK);
        assertEquals("diteruskan", forwarded.getString("state"));

        // Pendataan PPKS: a PSM records a beggar without KTP; the demo's November 2023 list gives seed 000's table
        JsonObject recorded = filed("REHSOS", "pendataan-ppks", map("personName", "Mbah Sarno", "kelurahan", "Kauman",
                "ppksCode", "12", "recordedOn", "2026-12-01", "address", "Emperan Pasar Johar"), Kiosk.PSM);
        JsonObject december = op("REHSOS", "rekap-ppks", map("month", "2026-12"), Kiosk.TKSK);
        assertTrue(december.toString().contains("\"code\":\"12\""), december.toString());
        move(recorded.getString("tracking"), "verifikasi", "Dicek TKSK di Pasar Johar", Kiosk.TKSK);
        JsonObject november2023 = op("REHSOS", "rekap-ppks", map("month", "2023-11"), Kiosk.DINSOS);
        assertEquals(840, november2023.getInt("total"), november2023.toString());
        java.util.Map<String, Integer> perCode = new java.util.LinkedHashMap<>();
        november2023.getJsonArray("rows").forEach(r -> perCode.put(r.asJsonObject().getString("code"),
                r.asJsonObject().getInt("total")));
        assertEquals("{4=3, 5a=9, 5b=13, 8=1, 9a=70, 9b=32, 9c=8, 9d=2, 10=1, 15=7, 24=694}", perCode.toString());
        assertEquals(403, operate("REHSOS", "rekap-ppks", map("month", "2023-11"), Kiosk.ADMIN).status());
    }
}
