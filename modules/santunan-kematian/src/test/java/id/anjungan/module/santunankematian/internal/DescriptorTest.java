package id.anjungan.module.santunankematian.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Choice;
import id.anjungan.spi.Disability;
import id.anjungan.spi.Document;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormField;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ScreeningAnswers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptorTest {

    private final Fixture f = new Fixture();

    @Test
    void theCitysSocialOfficeDecides() {
        assertEquals("Dinas Sosial Kota Semarang", f.program.descriptor().decidedBy().in("id"));
        assertEquals("the city's social office (Dinas Sosial Kota Semarang)", f.program.descriptor().decidedBy().in("en"));
    }

    @Test
    void theApplicationAsksForEverythingTheKasiKesosNeeds() {
        var apply = f.program.descriptor().service("ajukan").orElseThrow();
        assertEquals(FieldType.NIK, apply.form().field("deceasedNik").orElseThrow().type());
        assertEquals(FieldType.KK, apply.form().field("deceasedKk").orElseThrow().type());
        assertEquals(FieldType.ATTACHMENT, apply.form().field("deathCertificate").orElseThrow().type());
        assertEquals(FormField.DateRule.NOT_IN_FUTURE, apply.form().field("dateOfDeath").orElseThrow().dates());
        assertEquals(FieldType.NIK, apply.form().field("heirNik").orElseThrow().type());
        assertEquals(FieldType.BANK_ACCOUNT, apply.form().field("accountNumber").orElseThrow().type());
        assertFalse(f.program.descriptor().checks().contains(PlatformCheck.ONE_AID_ACCOUNT),
                "no source sets a one-aid-account rule for a city transfer to the heir (review D7)");
        assertEquals(List.of("YES", "NO", "UNKNOWN"), apply.form().field("dtsenRegistered").orElseThrow().choices()
                .stream().map(Choice::value).toList());
        assertTrue(apply.isPublic());
        assertEquals(List.of("akta-kematian", "kk-almarhum", "ktp-almarhum", "ktp-ahli-waris", "surat-ahli-waris",
                "buku-tabungan", "bukti-dtsen"), apply.checklist().stream().map(Document::id).toList(),
                "the checklist names every document the heir must obtain");
        assertEquals("Identity card (KTP) of the heir", apply.checklist().get(3).label().en());
        assertTrue(f.program.descriptor().description().id().contains("Dinas Sosial Kota Semarang"));
    }

    @Test
    void aWrongDocumentListIsReportedAsAProblemNotACrash() {
        var program = f.program(Fixture.with(Fixture.config(Residency.NIK_OR_KK, 90), "documents",
                new String[] {"only-an-id"}));
        assertTrue(program.problem().isPresent());
        assertEquals(Optional.empty(), f.program.problem());
        assertThrows(IllegalArgumentException.class, () -> DocumentList.parse(new String[] {"|x|y"}));
    }

    // the screener must not promise the benefit for every recent death: it is for households in DTSEN
    @ParameterizedTest(name = "death {0}, poor household {1}, DTSEN required {2}: {3}")
    @CsvSource({"true, true, true, POSSIBLE", "true, false, true, UNLIKELY", "true, false, false, POSSIBLE",
        "false, true, true, NOT_RELEVANT"})
    void screeningPointsTheBereavedToTheApplication(boolean death, boolean poor, boolean required,
                                                     Eligibility.Verdict verdict) {
        var program = f.program(Fixture.with(Fixture.defaults(), "dtsenRequired", required));
        Eligibility e = program.screen(new ScreeningAnswers(45, Disability.NONE, false, false, poor, Set.of(), false,
                death, false));
        assertEquals(verdict, e.verdict());
        if (death) {
            assertEquals("ajukan", e.service());
            String said = e.reasons().get(0).message().id();
            assertEquals(required, said.contains("DTSEN"), said);
            assertFalse(said.contains(" hari"), "no cut-off is set by default: " + said);
        }
        assertFalse(program.status(Optional.empty()).registered());
    }
}
