package id.anjungan.module.santunankematian.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Disability;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormField;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ScreeningAnswers;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DescriptorTest {

    private final Fixture f = new Fixture();

    @Test
    void theApplicationAsksForEverythingTheKasiKesosNeeds() {
        var apply = f.program.descriptor().service("ajukan").orElseThrow();
        assertEquals(FieldType.NIK, apply.form().field("deceasedNik").orElseThrow().type());
        assertEquals(FieldType.KK, apply.form().field("deceasedKk").orElseThrow().type());
        assertEquals(FieldType.ATTACHMENT, apply.form().field("deathCertificate").orElseThrow().type());
        assertEquals(FormField.DateRule.NOT_IN_FUTURE, apply.form().field("dateOfDeath").orElseThrow().dates());
        assertEquals(FieldType.NIK, apply.form().field("heirNik").orElseThrow().type());
        assertEquals(FieldType.BANK_ACCOUNT, apply.form().field("accountNumber").orElseThrow().type());
        assertTrue(f.program.descriptor().checks().contains(PlatformCheck.ONE_AID_ACCOUNT),
                "the heir uses the account already used for other aid");
        assertTrue(apply.isPublic());
        assertEquals(6, apply.checklist().size(), "the configured default documents");
        assertEquals("Identity card (KTP) of the heir", apply.checklist().get(3).label().en());
    }

    @Test
    void aWrongDocumentListIsReportedAsAProblemNotACrash() {
        var base = Fixture.config(Residency.NIK_OR_KK, 90);
        SantunanConfig broken = (SantunanConfig) java.lang.reflect.Proxy.newProxyInstance(
                SantunanConfig.class.getClassLoader(), new Class<?>[] {SantunanConfig.class}, (p, m, args) ->
                        m.getName().equals("documents") ? new String[] {"only-an-id"} : m.invoke(base, args));
        var program = new SantunanKematianProgram(f.platform.residents, f.platform.cases, f.platform.counters,
                f.platform.clock, f.platform.kelurahan, f.platform.audit, broken);
        assertTrue(program.problem().isPresent());
        assertEquals(Optional.empty(), f.program.problem());
        assertThrows(IllegalArgumentException.class, () -> DocumentList.parse(new String[] {"|x|y"}));
    }

    @Test
    void screeningPointsTheBereavedToTheApplication() {
        Eligibility e = f.program.screen(new ScreeningAnswers(45, Disability.NONE, false, false, false, Set.of(),
                false, true, false));
        assertEquals(Eligibility.Verdict.LIKELY, e.verdict());
        assertEquals("ajukan", e.service());
        assertEquals(Eligibility.Verdict.NOT_RELEVANT, f.program.screen(new ScreeningAnswers(45, Disability.NONE,
                false, false, true, Set.of(), false, false, false)).verdict());
        assertFalse(f.program.status(Optional.empty()).registered());
    }
}
