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

    @ParameterizedTest(name = "{0} {1} for {2}")
    @CsvSource(delimiter = '|', value = {
        "SAKIT|ANTAR|3374010203651001|||ktp kk surat-undangan surat-sakit|Kantor Pos Erlangga membayarkan bantuan di rumah|",
        "LANSIA|ANTAR|3374010203651001|||ktp kk surat-undangan|Kantor Pos Erlangga|",
        "DISABILITAS|ANTAR|3374015506700011|||ktp kk kks|agen BNI|",
        "DISABILITAS|KELUARGA|3374015506700011|3374016505950002|3374011203100001|ktp kk ktp-wakil surat-kuasa kks|ATM atau agen BNI|",
        "SAKIT|KELUARGA|3374010203651001|3374016505950002|3374011203100001|ktp kk ktp-wakil surat-kuasa surat-undangan surat-sakit|ke Kantor Pos Erlangga|",
        "SAKIT|KELUARGA|3374015506700011|3374016505950002|3374011203109999|||collector-other-kk",
        "SAKIT|KELUARGA|3374015506700011|3374015506700011|3374011203100001|||collector-is-recipient",
        "SAKIT|KELUARGA|3374015506700011|||||collector-missing",
        "LANSIA|ANTAR|3374015506700011|||||not-elderly",
        "SAKIT|ANTAR|3374012011901003|||||not-kpm"})
    void theAidReachesWhoCannotComeByPostOfficeBankAgentOrFamilyOnTheSameKk(String reason, String way, String nik,
            String collector, String collectorKk, String checklist, String next, String refusal) {
        Assessment a = f.assess(DeliveryFlow.SERVICE, Fixture.data("nik", nik, "reason", reason, "way", way,
                "collectorNik", collector, "collectorKk", collectorKk, "address", "Jl. Pekunden Timur 3",
                "phone", "081234567890"));
        if (refusal != null) {
            assertEquals(refusal, a.refusals().get(0).code());
            return;
        }
        assertTrue(a.accepted(), () -> a.refusals().toString());
        assertEquals(List.of(checklist.split(" ")), a.checklist().stream().map(Document::id).toList());
        assertTrue(a.nextSteps().id().contains(next), a.nextSteps().id());
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
