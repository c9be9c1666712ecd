package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Disability;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.ScreeningAnswers;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.Submission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreetReportRulesTest {

    private final Fixture f = new Fixture();

    private Assessment assess(String urgency, String needs, String kelurahan) {
        return f.program.assess(new Submission("REHSOS", "laporkan-orang-terlantar", Map.of("urgency", urgency,
                "category", "ODGJ", "kelurahan", kelurahan, "location", "Depan Masjid Kauman", "needs", needs),
                Actor.resident(), null));
    }

    @ParameterizedTest(name = "{0} {1} → contacts={2}")
    @CsvSource({"DARURAT, MAKAN_TEMPAT, true, DARURAT", "SEGERA, MEDIS, true, SEGERA", "SEGERA, KELUARGA, false, SEGERA",
        "BIASA, MAKAN_TEMPAT, false, BIASA", "DARURAT, MEDIS, true, DARURAT"})
    void emergenciesShowTheAmbulanceAndHospitalAtOnce(String urgency, String needs, boolean contacts, String category) {
        Assessment a = assess(urgency, needs, "Kauman");
        assertTrue(a.accepted());
        assertEquals(category, a.category());
        assertEquals(contacts, a.nextSteps().id().contains("Ambulan Hebat Kota Semarang di 112"));
        assertEquals(contacts, a.nextSteps().id().contains("RSUP Dr. Kariadi, (024) 8413476"));
        assertEquals(contacts, a.nextSteps().en().contains("Ambulan Hebat Kota Semarang on 112"));
        assertEquals(urgency.equals("DARURAT"), a.nextSteps().id().startsWith("DARURAT: telepon sekarang"));
        assertTrue(a.nextSteps().id().contains("1 hari"));
    }

    @Test
    void theContactsComeFromConfiguration() {
        Fixture other = new Fixture(Map.of("ambulanceName", "Ambulans Kabupaten", "ambulancePhone", "119",
                "hospitalName", "RSUD Contoh", "hospitalPhone", "(0291) 000000", "reportSlaDays", 2));
        Assessment a = other.program.assess(new Submission("REHSOS", "laporkan-orang-terlantar", Map.of(
                "urgency", "DARURAT", "kelurahan", "Miroto", "needs", "MEDIS"), Actor.resident(), null));
        assertTrue(a.nextSteps().id().contains("Ambulans Kabupaten di 119"));
        assertTrue(a.nextSteps().id().contains("RSUD Contoh, (0291) 000000"));
        assertTrue(a.nextSteps().id().contains("2 hari"));
    }

    // a person found just across the border is forwarded to that kecamatan's TKSK or Dinsos, never turned away
    @ParameterizedTest(name = "{0} in {1} → forwarded={2}")
    @CsvSource({"DARURAT, LUAR_KECAMATAN, true", "BIASA, LUAR_KECAMATAN, true", "SEGERA, Tembalang, true",
        "BIASA, Kauman, false", "DARURAT, kauman, false"})
    void aPlaceOutsideTheKecamatanIsForwardedNotRefused(String urgency, String kelurahan, boolean forwarded) {
        Assessment a = assess(urgency, "MEDIS", kelurahan);
        assertTrue(a.accepted());
        assertEquals(urgency, a.category(), "an emergency across the border stays first in the TKSK's list");
        assertEquals(forwarded, a.nextSteps().id().contains("meneruskan laporan ke petugas sosial kecamatan "
                + "tersebut atau Dinas Sosial Kota Semarang"), a.nextSteps().id());
        assertEquals(forwarded, a.nextSteps().en().contains("forwards the report"));
        assertTrue(a.nextSteps().id().contains("Ambulan Hebat Kota Semarang di 112"), "the contacts come at once");
    }

    @Test
    void theFormAsksWhereOutsideOnlyForAPlaceOutside() {
        ServiceDefinition report = f.program.descriptor().service("laporkan-orang-terlantar").orElseThrow();
        assertTrue(report.form().field("kelurahan").orElseThrow().choices().stream()
                .anyMatch(c -> c.value().equals(StreetReportRules.ELSEWHERE)));
        assertFalse(report.form().field("elsewhere").orElseThrow().visibleFor(Map.of("kelurahan", "Kauman")));
        assertTrue(report.form().field("elsewhere").orElseThrow().visibleFor(Map.of("kelurahan", "LUAR_KECAMATAN")));
        var workflow = f.program.descriptor().workflow("penanganan").orElseThrow();
        assertTrue(workflow.transition("dilaporkan", "teruskan").orElseThrow().noteRequired(), "says to whom");
        assertTrue(workflow.state("diteruskan").orElseThrow().terminal());
    }

    @Test
    void anyoneMayReportWithoutIdentity() {
        ServiceDefinition report = f.program.descriptor().service("laporkan-orang-terlantar").orElseThrow();
        assertTrue(report.isPublic());
        assertTrue(report.withoutIdentity());
        assertTrue(report.opensCase());
        assertTrue(report.form().fields().stream().noneMatch(field -> field.name().equals("nik")));
        assertFalse(report.form().field("photo").orElseThrow().required());
        f.program.descriptor().workflow("penanganan").orElseThrow().states().stream().filter(s -> !s.terminal())
                .filter(s -> !Set.of("menunggu-panti", "ditempatkan").contains(s.id()))
                .forEach(s -> assertTrue(s.slaDays() > 0, s.id() + " has an SLA"));
    }

    @ParameterizedTest(name = "age {0} homeless={1} neglected={2} → {3}")
    @CsvSource({"40, true, false, LIKELY", "40, false, true, POSSIBLE", "70, false, true, LIKELY",
        "40, false, false, NOT_RELEVANT"})
    void screening(int age, boolean homeless, boolean neglected, Eligibility.Verdict verdict) {
        assertEquals(verdict, f.program.screen(new ScreeningAnswers(age, Disability.NONE, false, neglected, true,
                Set.of(), false, false, homeless)).verdict());
    }
}
