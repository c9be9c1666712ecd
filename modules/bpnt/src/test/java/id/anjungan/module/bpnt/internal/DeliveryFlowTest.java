package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.testkit.TestPlatform;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryFlowTest {

    private final Fixture f = new Fixture();

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = '|', value = {
        "SAKIT|3374015506700011|ktp kks surat-sakit|",
        "DISABILITAS|3374015506700011|ktp kks|",
        "LANSIA|3374010203651001|ktp kks|",
        "LANSIA|3374015506700011||not-elderly",
        "SAKIT|3374012011901003||not-kpm"})
    void deliveryRules(String reason, String nik, String checklist, String refusal) {
        Assessment a = f.assess(DeliveryFlow.SERVICE, Fixture.data("nik", nik, "reason", reason,
                "ewarung", "e-Warung Sejahtera", "address", "Gang Mawar 3", "phone", "081234567890"));
        if (refusal != null) {
            assertEquals(refusal, a.refusals().get(0).code());
            return;
        }
        assertEquals(List.of(checklist.split(" ")), a.checklist().stream().map(Document::id).toList());
        assertEquals(reason, a.category());
    }

    @ParameterizedTest
    @CsvSource({"3374015506700011,56", "3374010203651001,61", "3374014101250001,1", "3374013213700001,-1"})
    void ageComesFromTheNik(String nik, int age) {
        OptionalInt read = Ages.of(new TestPlatform().residents, nik, LocalDate.of(2026, 11, 23));
        assertEquals(age, read.orElse(-1));
    }

    @Test
    void elderlyMeansSixty() {
        assertTrue(Ages.of(new TestPlatform().residents, "3374012311660001", LocalDate.of(2026, 11, 23)).getAsInt()
                == DeliveryFlow.ELDERLY_AGE);
    }
}
