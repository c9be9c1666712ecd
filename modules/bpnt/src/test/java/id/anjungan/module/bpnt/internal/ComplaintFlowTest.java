package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.State;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintFlowTest {

    private static Assessment complain(Fixture f, String nik, String category) {
        return f.assess(ComplaintFlow.SERVICE, Fixture.data("nik", nik, "category", category,
                "incidentDate", "2026-11-20", "description", "Ketua kelompok menyimpan KKS dan PIN saya"));
    }

    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource(delimiter = '|', value = {
        "KKS_DIPEGANG|3|ktp|memanggil orang yang memegang KKS",
        "POTONGAN|3|ktp|tidak boleh dipotong",
        "REKENING_DIBLOKIR|7|ktp kks buku-tabungan|membuka blokir rekening",
        "KKS_BELUM_DITERIMA|14|ktp kk surat-undangan|pembukaan rekening bersama",
        "LAINNYA|7|ktp|TKSK menindaklanjuti"})
    void eachCashEraComplaintHasItsCategoryChecklistAndSla(String category, int days, String checklist, String next) {
        Assessment a = complain(new Fixture(), Fixture.KPM, category);
        assertTrue(a.accepted(), () -> a.refusals().toString());
        assertEquals(category, a.category());
        assertEquals(List.of(checklist.split(" ")), a.checklist().stream().map(Document::id).toList());
        assertTrue(a.nextSteps().id().contains(next), a.nextSteps().id());
        assertTrue(a.nextSteps().id().contains("dalam " + days + " hari"), a.nextSteps().id());
        assertTrue(a.nextSteps().en().contains("within " + days + " working days"));
    }

    @ParameterizedTest(name = "{0} at the post office: {1}")
    @CsvSource({"KKS_DIPEGANG,paid-at-post-office", "REKENING_DIBLOKIR,paid-at-post-office",
        "KKS_BELUM_DITERIMA,paid-at-post-office", "POTONGAN,", "LAINNYA,"})
    void cardComplaintsNeedAnAccount(String category, String refusal) {
        Assessment a = complain(new Fixture(), Fixture.POS_KPM, category);
        if (refusal == null) {
            assertTrue(a.accepted());
        } else {
            assertEquals(refusal, a.refusals().get(0).code());
        }
    }

    @Test
    void onlyARecipientOfTheNewestListComplains() {
        assertEquals("not-kpm", complain(new Fixture(), Fixture.STRANGER, "POTONGAN").refusals().get(0).code());
        assertEquals("not-kpm", complain(new Fixture(), Fixture.CLEANSED, "POTONGAN").refusals().get(0).code());
    }

    @Test
    void slaDaysAreConfiguration() {
        Fixture f = new Fixture(Map.of("complaintSlaDays", new String[] {"KKS_DIPEGANG=1", "POTONGAN=2",
            "REKENING_DIBLOKIR=5", "KKS_BELUM_DITERIMA=10", "LAINNYA=5"}));
        assertTrue(complain(f, Fixture.KPM, "KKS_DIPEGANG").nextSteps().id().contains("dalam 1 hari"));
        State received = f.program.descriptor().workflow(Workflows.COMPLAINT).orElseThrow().state("diterima")
                .orElseThrow();
        assertEquals(1, received.slaDays(), "the workflow flags overdue by the shortest category SLA");
    }

    @Test
    void aPhotoIsListedWhenUploaded() {
        Assessment a = new Fixture().assess(ComplaintFlow.SERVICE, Fixture.data("nik", Fixture.KPM,
                "category", "POTONGAN", "photo", "att-1"));
        assertEquals(List.of("ktp", "foto"), a.checklist().stream().map(Document::id).toList());
    }

    @Test
    void aMissingCategoryLineIsAModuleProblem() {
        Fixture f = new Fixture(Map.of("complaintSlaDays", new String[] {"KKS_DIPEGANG=3", "POTONGAN=x"}));
        assertTrue(f.program.problem().orElseThrow().en().contains("POTONGAN"));
    }
}
