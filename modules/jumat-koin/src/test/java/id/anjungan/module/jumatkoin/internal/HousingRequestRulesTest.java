package id.anjungan.module.jumatkoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Submission;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HousingRequestRulesTest {

    private final Fixture f = new Fixture();

    private Map<String, String> answers() {
        return new HashMap<>(Map.of("nik", "3374011203750001", "kelurahan", "Sekayu", "address", "Jl. Contoh No. 9",
                "rt", "4", "rw", "2", "cause", "BANJIR", "disasterDate", "2026-10-30", "damage", "SEDANG",
                "householdSize", "5", "children", "2"));
    }

    private Assessment assess(Map<String, String> data, String subjectNik) {
        return f.program.assess(new Submission("JUMATKOIN", "ajukan-bantuan-rumah", data, Actor.resident(),
                subjectNik));
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(nullValues = "-", value = {
        "disasterDate, 2025-11-22, disaster-too-old",
        "disasterDate, 2025-11-23, -",
        "kelurahan,    Tembalang,  outside-kecamatan",
        "kelurahan,    pendrikan lor, -",
        "children,     6,          household-mismatch",
        "disabled,     6,          household-mismatch",
        "elderly,      3,          -",
        "elderly,      4,          household-mismatch",
    })
    void programRules(String field, String value, String refusal) {
        Map<String, String> data = answers();
        data.put(field, value);
        Assessment assessment = assess(data, "3374011203750001");
        if (refusal == null) {
            assertTrue(assessment.accepted(), () -> assessment.refusals().toString());
        } else {
            assertEquals(refusal, assessment.refusals().stream().map(Reason::code).findFirst().orElse(null));
        }
    }

    /** 000:L5711-5717, L5732-5734: the fund also renovates or builds the uninhabitable house of a poor family. */
    @ParameterizedTest(name = "{0}, date {1}, DTKS {2}, RTLH allowed {3} → {4}")
    @CsvSource(nullValues = "-", value = {
        "RTLH,      -,          true,  true,  -,                 -",
        "RTLH,      -,          false, true,  -,                 sktm",
        "RTLH,      2019-05-01, true,  true,  -,                 -",
        "RTLH,      -,          true,  false, rtlh-not-covered,  -",
        "LAINNYA,   2025-11-22, true,  true,  disaster-too-old,  -",
        "LAINNYA,   2026-06-01, false, true,  -,                 -",
        "KEBAKARAN, 2026-06-01, true,  false, -,                 keterangan-kebakaran",
    })
    void uninhabitableHomesOfPoorFamiliesQualifyWithoutADisaster(String cause, String date, boolean dtks,
                                                                  boolean allowed, String refusal, String document) {
        Fixture fixture = new Fixture(Map.of("uninhabitableHomes", allowed));
        Map<String, String> data = answers();
        data.put("cause", cause);
        data.put("dtks", Boolean.toString(dtks));
        if (date == null) {
            data.remove("disasterDate");
        } else {
            data.put("disasterDate", date);
        }
        Assessment assessment = fixture.program.assess(new Submission("JUMATKOIN", "ajukan-bantuan-rumah", data,
                Actor.resident(), "3374011203750001"));
        if (refusal != null) {
            assertEquals(refusal, assessment.refusals().stream().map(Reason::code).findFirst().orElse(null));
            return;
        }
        assertTrue(assessment.accepted(), () -> assessment.refusals().toString());
        assertEquals(cause, assessment.category());
        boolean hasSktm = assessment.checklist().stream().map(Document::id).anyMatch("sktm"::equals);
        assertEquals("sktm".equals(document), hasSktm);
        if (document != null) {
            assertTrue(assessment.checklist().stream().map(Document::id).anyMatch(document::equals));
        }
        if ("RTLH".equals(cause)) {
            assertEquals("rumah:3374011203750001:rtlh", assessment.claimKey(), "one RTLH request per household");
        }
    }

    @Test
    void theDisasterDateIsAskedOnlyForADisaster() {
        var field = new Fixture().program.descriptor().service("ajukan-bantuan-rumah").orElseThrow().form()
                .field("disasterDate").orElseThrow();
        assertTrue(field.visibleFor(Map.of("cause", "BANJIR")));
        assertFalse(field.visibleFor(Map.of("cause", "RTLH")));
    }

    @Test
    void anAcceptedRequestIsClaimedOncePerHouseholdAndDisaster() {
        Assessment assessment = assess(answers(), "3374011203750001");
        assertEquals("rumah:3374011203750001:2026-10-30", assessment.claimKey());
        assertEquals("BANJIR", assessment.category());
        assertTrue(assessment.nextSteps().id().contains("14 hari"));
        assertFalse(assessment.checklist().stream().map(Document::id).anyMatch("keterangan-kebakaran"::equals));
    }

    @Test
    void aFamilyWhoseDocumentsBurnedIsKeyedByTheHouse() {
        Map<String, String> data = answers();
        data.remove("nik");
        data.put("cause", "KEBAKARAN");
        Assessment assessment = assess(data, null);
        assertEquals("rumah:Sekayu:4:2:jlcontohno9:2026-10-30", assessment.claimKey());
        assertTrue(assessment.checklist().stream().map(Document::id).anyMatch("keterangan-kebakaran"::equals));
    }
}
