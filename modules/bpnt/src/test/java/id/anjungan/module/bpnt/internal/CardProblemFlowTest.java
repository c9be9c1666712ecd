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
        "KARTU_HILANG|false|false|KARTU_HILANG|surat-kehilangan-kelurahan ktp kk laporan-polisi|1. Minta surat keterangan kehilangan",
        "KARTU_HILANG|true|false|KARTU_HILANG|surat-kehilangan-kelurahan ktp kk laporan-polisi|1. Lapor kehilangan ke Polsek Semarang Tengah",
        "KARTU_HILANG|true|true|KARTU_HILANG|surat-kehilangan-kelurahan ktp kk laporan-polisi|1. Serahkan surat-surat ke TKSK",
        "KARTU_RUSAK|||KARTU_RUSAK|ktp kks|Datang ke BNI Kantor Cabang Pemuda Semarang",
        "PIN_TERBLOKIR|||PIN_TERBLOKIR|ktp kks|Datang ke BNI Kantor Cabang Pemuda Semarang",
        "PIN_LUPA|||PIN_LUPA|ktp kks|Datang ke BNI Kantor Cabang Pemuda Semarang",
        "TRANSAKSI_GAGAL|||TRANSAKSI_GAGAL|ktp kks struk|melaporkannya ke koordinator BPNT",
        "SALDO_NOL|||SALDO_NOL_TERDAFTAR|ktp kks buku-tabungan|melaporkannya ke koordinator BPNT",
        "BUKU_HILANG|false||BUKU_HILANG|surat-kehilangan-kelurahan ktp kk kks|Minta surat keterangan kehilangan",
        "BUKU_HILANG|true||BUKU_HILANG|surat-kehilangan-kelurahan ktp kk kks|TKSK meneruskan ke Dinas Sosial Kota Semarang"})
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
    void lostCardStepsSkipWhatIsAlreadyDoneButAlwaysEndAtTheBank() {
        String none = report(Fixture.KPM, "KARTU_HILANG", "false", "false").nextSteps().id();
        String both = report(Fixture.KPM, "KARTU_HILANG", "true", "true").nextSteps().id();
        assertTrue(none.contains("Polsek") && none.contains("4. BNI mencetak ulang"), none);
        assertFalse(both.contains("Polsek"), both);
        assertTrue(both.contains("2. BNI mencetak ulang kartu KKS"), both);
    }

    @Test
    void lostCardPointsToWhereEachLetterComesFrom() {
        Assessment a = report(Fixture.KPM, "KARTU_HILANG", "false", "false");
        Document police = a.checklist().stream().filter(d -> d.id().equals("laporan-polisi")).findFirst().orElseThrow();
        assertEquals("Polsek Semarang Tengah", police.where().id());
    }

    @Test
    void zeroBalanceAfterBeingCleansedOpensADtksRevalidationCase() {
        Assessment a = report(Fixture.CLEANSED, "SALDO_NOL", null, null);
        assertTrue(a.accepted());
        assertEquals("SALDO_NOL_DIBERSIHKAN", a.category());
        assertTrue(a.nextSteps().id().contains("validasi ulang DTKS"));
        assertTrue(ids(a).contains("surat-undangan"));
    }

    @ParameterizedTest
    @CsvSource({"TERDAFTAR", "DIBERSIHKAN", "TIDAK_TAHU"})
    void zeroBalanceRouteFollowsTheNewestListNotTheResidentsGuess(String answer) {
        Assessment listed = f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "problem", "SALDO_NOL",
                "paymentList", answer));
        Assessment cleansed = f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", Fixture.CLEANSED,
                "problem", "SALDO_NOL", "paymentList", answer));
        assertEquals("SALDO_NOL_TERDAFTAR", listed.category());
        assertEquals("SALDO_NOL_DIBERSIHKAN", cleansed.category());
    }

    @ParameterizedTest
    @EnumSource(CardProblem.class)
    void someoneNeverOnAnyListIsToldToPropose(CardProblem problem) {
        Assessment a = report(Fixture.STRANGER, problem.name(), "false", "false");
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
        assertEquals("SALDO_NOL_TERDAFTAR", report(Fixture.POS_KPM, "SALDO_NOL", null, null).category());
    }

    @ParameterizedTest(name = "{0} asks {1}")
    @CsvSource(delimiter = '|', value = {
        "KARTU_HILANG|nik problem lossLetter policeReport lossDate phone",
        "KARTU_RUSAK|nik problem phone",
        "PIN_TERBLOKIR|nik problem phone",
        "PIN_LUPA|nik problem phone",
        "TRANSAKSI_GAGAL|nik problem transactionDate ewarung phone",
        "SALDO_NOL|nik problem paymentList ewarung phone",
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
