package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.State;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintFlowTest {

    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource({"SASARAN,14", "JUMLAH,3", "HARGA,3", "KUALITAS,3", "WAKTU,3", "ADMINISTRASI,7"})
    void eachOfThe6tHasItsCategoryAndSla(String category, int days) {
        Assessment a = new Fixture().assess(ComplaintFlow.SERVICE, Fixture.data("category", category,
                "ewarung", "e-Warung Makmur", "incidentDate", "2026-11-20", "description", "Beras yang diterima apek"));
        assertTrue(a.accepted());
        assertEquals(category, a.category());
        assertTrue(a.nextSteps().id().contains("dalam " + days + " hari"), a.nextSteps().id());
        assertTrue(a.nextSteps().en().contains("within " + days + " working days"));
    }

    @Test
    void slaDaysAreConfiguration() {
        Fixture f = new Fixture(Map.of("complaintSlaDays", new String[] {"SASARAN=10", "JUMLAH=2", "HARGA=2",
            "KUALITAS=1", "WAKTU=2", "ADMINISTRASI=5"}));
        Assessment a = f.assess(ComplaintFlow.SERVICE, Fixture.data("category", "KUALITAS"));
        assertTrue(a.nextSteps().id().contains("dalam 1 hari"));
        State received = f.program.descriptor().workflow(Workflows.COMPLAINT).orElseThrow().state("diterima")
                .orElseThrow();
        assertEquals(1, received.slaDays(), "the workflow flags overdue by the shortest category SLA");
    }

    @Test
    void aPhotoIsListedWhenUploaded() {
        Assessment a = new Fixture().assess(ComplaintFlow.SERVICE, Fixture.data("category", "HARGA", "photo", "att-1"));
        assertEquals(2, a.checklist().size());
    }

    @Test
    void aMissingCategoryLineIsAModuleProblem() {
        Fixture f = new Fixture(Map.of("complaintSlaDays", new String[] {"SASARAN=10", "JUMLAH=x"}));
        assertTrue(f.program.problem().orElseThrow().en().contains("JUMLAH"));
    }
}
