package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntakeSubjectTest {

    private static final String DECEASED = "3374014101800003";
    private static final String HEIR = "3374010101800011";
    private static final String KK = "3374011200000001";
    private static final Text L = Text.of("Isian", "Field");
    private static final ServiceDefinition CLAIM = service(FormDefinition.of(
            FormField.of("deceasedNik", FieldType.NIK, L), FormField.of("deceasedKk", FieldType.KK, L),
            FormField.of("heirNik", FieldType.NIK, L)));
    private static final Map<String, String> ANSWERS = Map.of("deceasedNik", DECEASED, "deceasedKk", KK,
            "heirNik", HEIR);
    private static final Actor RESIDENT = Actor.resident();
    private static final Actor PSM = new Actor("psm", "Pak Joko", Role.PSM, null);

    private static ServiceDefinition service(FormDefinition form) {
        return new ServiceDefinition("ajukan", ServiceKind.APPLICATION, L, L, null, Set.of(Role.RESIDENT), form,
                List.of(), null, null, false);
    }

    private static Actor assisting(String nik) {
        return new Actor("psm", "Pak Joko", Role.PSM, nik);
    }

    @Test
    void theSubjectIsTheFirstDeclaredNikAnswer() {
        assertEquals(DECEASED, Intake.subject(CLAIM, ANSWERS, null, RESIDENT));
        assertEquals(DECEASED, Intake.subject(CLAIM, ANSWERS, " 3374 0141 0180 0003 ", PSM));
        assertEquals(HEIR, Intake.subject(CLAIM, Map.of("heirNik", HEIR), null, RESIDENT));
        assertNull(Intake.subject(CLAIM, Map.of(), null, RESIDENT));
    }

    /** Naming another answer moved the double-aid and claim-once checks onto that number. */
    @ParameterizedTest
    @ValueSource(strings = {KK, HEIR, "abcdefghijklmnop", "3374019999999999"})
    void aSubjectTheClientNamesIsRefusedUnlessItIsThatNik(String named) {
        Problem p = assertThrows(Problem.class, () -> Intake.subject(CLAIM, ANSWERS, named, RESIDENT));
        assertEquals(422, p.status());
        assertEquals("subject-mismatch", reason(p));
    }

    @Test
    void anAssistedSessionFilesForTheConsentedResidentOnly() {
        assertEquals(DECEASED, Intake.subject(CLAIM, ANSWERS, null, assisting(DECEASED)));
        assertEquals(DECEASED, Intake.subject(CLAIM, ANSWERS, null, assisting(HEIR)), "the heir applies");
        Problem other = assertThrows(Problem.class, () -> Intake.subject(CLAIM, ANSWERS, null,
                assisting("3374015508850003")));
        assertEquals("assisted-subject", reason(other));
        String message = other.detail().id() + other.detail().en();
        assertTrue(message.contains("3374••••••••0003"), message);
        assertFalse(message.contains("3374015508850003"), "the consented NIK is shown masked");
        ServiceDefinition noNik = service(FormDefinition.of(FormField.of("story", FieldType.TEXT, L)));
        assertEquals(HEIR, Intake.subject(noNik, Map.of("story", "x"), null, assisting(HEIR)));
    }

    /** The consented NIK typed into a KK or text answer does not make the case theirs. */
    @Test
    void theConsentedNikMustAnswerANikQuestion() {
        Map<String, String> kkTrick = Map.of("deceasedNik", DECEASED, "deceasedKk", HEIR);
        assertEquals("assisted-subject", reason(assertThrows(Problem.class,
                () -> Intake.subject(CLAIM, kkTrick, null, assisting(HEIR)))));
    }

    @SuppressWarnings("unchecked")
    private static String reason(Problem p) {
        return ((List<Map<String, Object>>) p.extras().get(0).get("reasons")).get(0).get("code").toString();
    }
}
