package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.Submission;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mental hospital's recovered patient without family (000:L3777-3783, L4405-4426). */
class RsjIntakeTest {

    private final Fixture f = new Fixture();

    private Assessment assess(boolean recovered, boolean familyNotFound) {
        return f.program.assess(new Submission("REHSOS", RehabilitasiCatalog.FROM_RSJ, Map.of(
                "hospital", "RSJD Dr. Amino Gondohutomo Semarang", "declaredRecovered", "" + recovered,
                "dischargeLetter", "445/123/RSJ/XI/2026", "dischargeDate", "2026-11-20",
                "familyNotFound", "" + familyNotFound, "kelurahan", "TIDAK_DIKETAHUI"), Fixture.TKSK, null));
    }

    @ParameterizedTest(name = "recovered={0} family not found={1} → {2}")
    @CsvSource(nullValues = "-", value = {"true, true, -", "false, true, not-declared-recovered",
        "true, false, family-not-searched", "false, false, not-declared-recovered"})
    void aPatientIsTakenOnOnceDeclaredRecoveredAndWithoutFamily(boolean recovered, boolean familyNotFound,
                                                                String refusal) {
        Assessment a = assess(recovered, familyNotFound);
        assertEquals(refusal, a.accepted() ? null : a.refusals().get(0).code());
        if (a.accepted()) {
            assertTrue(a.nextSteps().id().contains("Samekto Karti"), "names the panti for mental disability");
            assertTrue(a.checklist().stream().anyMatch(d -> d.id().equals("surat-rsj")));
        }
    }

    @Test
    void onlyTheTkskFilesItAndANikIsOptional() {
        ServiceDefinition intake = f.program.descriptor().service(RehabilitasiCatalog.FROM_RSJ).orElseThrow();
        assertEquals(Set.of(Role.TKSK), intake.startedBy());
        assertTrue(intake.withoutIdentity());
        assertFalse(intake.form().field("nik").orElseThrow().required());
        assertEquals("penanganan", intake.workflow());
    }

    // the seed's case end to end: from the RSJ to Samekto Karti without asking the desk for the declaration again
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"samekto-karti, ditempatkan", "salam-sari, ditangani"})
    void theIntakeGoesToThePantiForMentalDisability(String panti, String state) {
        String tracking = intake();
        try {
            Map<String, Object> answer = f.op("tempatkan", Map.of("tracking", tracking, "panti", panti));
            assertEquals(true, answer.get("placed"));
        } catch (id.anjungan.spi.ProgramException refused) {
            assertEquals("category-not-accepted", refused.reason().code());
        }
        assertEquals(state, f.state(tracking));
        assertTrue(f.op("laporan", Map.of()).get("reports").toString().contains(tracking));
    }

    private String intake() {
        Map<String, String> data = new HashMap<>(Map.of("hospital", "RSJD Dr. Amino Gondohutomo Semarang",
                "declaredRecovered", "true", "dischargeLetter", "445/123/RSJ/XI/2026", "familyNotFound", "true",
                "kelurahan", "TIDAK_DIKETAHUI"));
        var now = f.p.clock.now();
        String tracking = "REHSOS-2611-000900-0";
        f.p.cases.put(new CaseRecord(tracking, "REHSOS", RehabilitasiCatalog.FROM_RSJ, "ditangani", null, "RSJ", data,
                now, null, List.of(new CaseStep(now, "ditangani", "submit", "TKSK", ""))));
        return tracking;
    }
}
