package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.FormField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CardProblemFlowTest {

    private final Fixture f = new Fixture();

    private Assessment report(String nik, String problem, String lossLetter, String policeReport) {
        return f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", nik, "problem", problem,
                "lossLetter", lossLetter, "policeReport", policeReport));
    }

    private static List<String> ids(Assessment a) {
        return a.checklist().stream().map(Document::id).toList();
    }

    @ParameterizedTest(name = "{0} letter={1} police={2}")
    @CsvSource(delimiter = '|', value = {
        "KARTU_HILANG|false|false|KARTU_HILANG|surat-kehilangan-kelurahan stpl rekomendasi-dinsos ktp kk kks-baru|1. Minta surat keterangan kehilangan",
        "KARTU_HILANG|true|false|KARTU_HILANG|surat-kehilangan-kelurahan stpl rekomendasi-dinsos ktp kk kks-baru|1. Laporkan kehilangan ke Polsek Semarang Tengah",
        "KARTU_HILANG|true|true|KARTU_HILANG|surat-kehilangan-kelurahan stpl rekomendasi-dinsos ktp kk kks-baru|1. Bersama TKSK, minta surat rekomendasi",
        "KARTU_RUSAK|||KARTU_RUSAK|ktp kks|Datang ke BNI Kantor Cabang Pemuda Semarang",
        "PIN_TERBLOKIR|||PIN_TERBLOKIR|ktp kks|Datang ke BNI Kantor Cabang Pemuda Semarang",
        "PIN_LUPA|||PIN_LUPA|ktp kks|Datang ke BNI Kantor Cabang Pemuda Semarang",
        "BUKU_HILANG|false||BUKU_HILANG|surat-kehilangan-kelurahan rekomendasi-dinsos ktp kk kks buku-baru|Minta surat keterangan kehilangan",
        "BUKU_HILANG|true||BUKU_HILANG|surat-kehilangan-kelurahan rekomendasi-dinsos ktp kk kks buku-baru|TKSK membantu meminta surat rekomendasi di Dinas Sosial Kota Semarang"})
    void everyBranchGivesItsChecklistAndNextSteps(String problem, String letter, String police, String category,
                                                   String checklist, String nextStep) {
        Assessment a = report(Fixture.KPM, problem, letter, police);
        assertTrue(a.accepted(), () -> a.refusals().toString());
        assertEquals(category, a.category());
        assertEquals(List.of(checklist.split(" ")).stream().sorted().toList(), ids(a).stream().sorted().toList());
        assertTrue(a.nextSteps().id().startsWith(nextStep) || a.nextSteps().id().contains(nextStep),
                a.nextSteps().id());
        assertFalse(a.nextSteps().en().isBlank());
        assertFalse(a.nextSteps().en().equals(a.nextSteps().id()));
    }

    @Test
    void lostCardStepsSkipWhatIsAlreadyDoneButAlwaysGoThroughDinasSosialToTheBank() {
        String none = report(Fixture.KPM, "KARTU_HILANG", "false", "false").nextSteps().id();
        String both = report(Fixture.KPM, "KARTU_HILANG", "true", "true").nextSteps().id();
        assertTrue(none.contains("Polsek") && none.contains("STPL") && none.contains("3. Bersama TKSK")
                && none.contains("4. Bawa semua surat"), none);
        assertFalse(both.contains("Polsek"), both);
        assertTrue(both.contains("1. Bersama TKSK, minta surat rekomendasi untuk bank di Dinas Sosial Kota Semarang")
                && both.contains("2. Bawa semua surat, KTP dan KK ke BNI Kantor Cabang Pemuda Semarang; BNI mencetak "
                + "ulang KKS Anda."), both);
    }

    /** Item 14: every document the resident must obtain is on the checklist, each with where it comes from. */
    @Test
    void lostCardChecklistNamesEachLetterAndWhereItComesFrom() {
        Assessment a = report(Fixture.KPM, "KARTU_HILANG", "true", "true");
        Map<String, String> where = new java.util.HashMap<>();
        a.checklist().stream().filter(d -> d.where() != null).forEach(d -> where.put(d.id(), d.where().id()));
        assertEquals("Kantor kelurahan", where.get("surat-kehilangan-kelurahan"));
        assertEquals("Polsek Semarang Tengah", where.get("stpl"));
        assertEquals("Dinas Sosial Kota Semarang", where.get("rekomendasi-dinsos"));
        assertEquals("BNI Kantor Cabang Pemuda Semarang", where.get("kks-baru"));
        assertTrue(a.checklist().stream().anyMatch(d -> d.label().id()
                .equals("Surat Tanda Penerimaan Laporan (STPL) kehilangan dari Polsek")));
    }

    /**
     * Item 7 (003:186-187): the tahap's payment list decides where a zero balance goes; the resident's own answer
     * counts only while that list is not at the kiosk. 2026-4 and 2026-3 lists are imported, 2026-2 is not.
     */
    @ParameterizedTest(name = "{0} tahap {1} says {2}")
    @CsvSource({
        "3374015506700011,2026-4,DIBERSIHKAN,SALDO_NOL_TERDAFTAR,Menurut daftar bayar",
        "3374015506700011,2026-4,,SALDO_NOL_TERDAFTAR,Menurut daftar bayar",
        "3374014411721004,2026-4,TERDAFTAR,SALDO_NOL_SUDAH_CAIR,mutasi rekening",
        "3374011508801002,2026-4,TERDAFTAR,SALDO_NOL_DIBERSIHKAN,operator SIKS-NG",
        "3374011508801002,2026-3,DIBERSIHKAN,SALDO_NOL_SUDAH_CAIR,Menurut daftar bayar",
        "3374015506700011,2026-3,DIBERSIHKAN,SALDO_NOL_SUDAH_CAIR,Menurut daftar bayar",
        "3374010203651001,2026-4,,SALDO_NOL_TERDAFTAR,Menurut daftar bayar",
        "3374015506700011,2026-2,TERDAFTAR,SALDO_NOL_TERDAFTAR,Menurut jawaban Anda",
        "3374015506700011,2026-2,DIBERSIHKAN,SALDO_NOL_DIBERSIHKAN,Menurut jawaban Anda",
        "3374015506700011,2026-2,TIDAK_TAHU,SALDO_NOL_CEK_SP2D,TKSK mencocokkan",
        "3374011508801002,2026-2,,SALDO_NOL_CEK_SP2D,TKSK mencocokkan"})
    void zeroBalanceFollowsTheTahapsPaymentListThenTheResidentsAnswer(String nik, String tahap, String answer,
                                                                     String category, String says) {
        Assessment a = f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", nik, "problem", "SALDO_NOL",
                "tahap", tahap, "paymentList", answer));
        assertTrue(a.accepted(), () -> a.refusals().toString());
        assertEquals(category, a.category());
        assertTrue(a.nextSteps().id().contains(says), a.nextSteps().id());
        assertTrue(a.nextSteps().id().contains("Tahap " + tahap.substring(5) + " tahun 2026"), a.nextSteps().id());
    }

    @ParameterizedTest(name = "tahap {0}")
    @CsvSource({"2027-1,tahap-not-started", "2025-4,unknown-tahap", ",unknown-tahap"})
    void aTahapThatHasNotStartedOrIsNotConfiguredIsRefused(String tahap, String code) {
        Assessment a = f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "problem", "SALDO_NOL",
                "tahap", tahap));
        assertEquals(code, a.refusals().get(0).code());
    }

    @ParameterizedTest
    @EnumSource(CardProblem.class)
    void someoneNeverOnAnyListIsToldToPropose(CardProblem problem) {
        Assessment a = f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", Fixture.STRANGER, "problem",
                problem.name(), "tahap", "2026-4"));
        assertFalse(a.accepted());
        assertEquals("not-kpm", a.refusals().get(0).code());
    }

    @ParameterizedTest
    @EnumSource(value = CardProblem.class, names = "SALDO_NOL", mode = EnumSource.Mode.EXCLUDE)
    void cardProblemsNeedAKpmOfTheNewestList(CardProblem problem) {
        assertEquals("not-kpm", report(Fixture.CLEANSED, problem.name(), "true", "true").refusals().get(0).code());
    }

    @ParameterizedTest
    @EnumSource(value = CardProblem.class, names = "SALDO_NOL", mode = EnumSource.Mode.EXCLUDE)
    void aKpmPaidAtThePostOfficeHasNoCardProblems(CardProblem problem) {
        Assessment a = report(Fixture.POS_KPM, problem.name(), "true", "true");
        assertEquals("paid-at-post-office", a.refusals().get(0).code());
        assertTrue(a.refusals().get(0).message().id().contains("Kantor Pos"));
    }

    @Test
    void aKpmPaidAtThePostOfficeMayReportAZeroBalance() {
        assertEquals("SALDO_NOL_TERDAFTAR", f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", Fixture.POS_KPM,
                "problem", "SALDO_NOL", "tahap", "2026-4")).category());
    }

    @ParameterizedTest(name = "{0} asks {1}")
    @CsvSource(delimiter = '|', value = {
        "KARTU_HILANG|nik problem lossLetter policeReport lossDate phone",
        "KARTU_RUSAK|nik problem phone",
        "PIN_TERBLOKIR|nik problem phone",
        "PIN_LUPA|nik problem phone",
        "SALDO_NOL|nik problem tahap paymentList phone",
        "BUKU_HILANG|nik problem lossLetter lossDate phone"})
    void theFormBranchesOnTheAnswer(String problem, String fields) {
        List<FormField> form = f.program.descriptor().service(CardProblemFlow.SERVICE).orElseThrow().form().fields();
        List<String> visible = form.stream().filter(field -> field.visibleFor(Map.of("problem", problem)))
                .map(FormField::name).toList();
        assertEquals(Arrays.asList(fields.split(" ")), visible);
    }

    @Test
    void everyChoiceOfTheFlowIsOffered() {
        FormField problem = f.program.descriptor().service(CardProblemFlow.SERVICE).orElseThrow().form()
                .field("problem").orElseThrow();
        assertEquals(Arrays.stream(CardProblem.values()).map(Enum::name).toList(),
                problem.choices().stream().map(c -> c.value()).toList());
    }
}
