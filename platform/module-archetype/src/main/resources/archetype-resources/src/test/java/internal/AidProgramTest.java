package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import id.anjungan.spi.Submission;
import id.anjungan.testkit.TestPlatform;
import java.lang.annotation.Annotation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The program's rules with a plain constructor and the testkit's in-memory platform services: no framework. */
class AidProgramTest {

    private final TestPlatform platform = new TestPlatform();

    @SuppressWarnings("BadAnnotationImplementation") // the component's configuration, never compared as an annotation
    private final AidProgram program = new AidProgram(new AidConfig() {
        @Override public int slaDays() { return 10; }
        @Override public String office() { return "Kantor Kelurahan Miroto"; }
        @Override public String hours() { return "Senin-Jumat 08.00-15.00"; }
        @Override public int maxHousehold() { return 6; }
        @Override public Class<? extends Annotation> annotationType() { return AidConfig.class; }
    }, platform.store);

    @ParameterizedTest
    @CsvSource({"1,true", "6,true", "7,false", "30,false"})
    void servesHouseholdsUpToTheConfiguredSize(String household, boolean accepted) {
        Assessment a = program.assess(new Submission(AidProgram.CODE, "ajukan",
                Map.of("nik", "3374014101800003", "household", household), Actor.resident(), null));
        assertEquals(accepted, a.accepted());
        if (accepted) {
            assertTrue(a.nextSteps().id().contains("10 hari"), a.nextSteps().id());
        } else {
            assertEquals("household-too-large", a.refusals().get(0).code());
        }
    }

    @Test
    void theOfficeAndTheNoticeTheTkskKeeps() {
        assertEquals("", ((Map<?, ?>) program.operate(AidProgram.OFFICE, Map.of(), Actor.resident())).get("notice"));
        program.operate(AidProgram.NOTICE, Map.of("text", "Tutup tanggal 17 Agustus"), TestPlatform.actor("tksk", Role.TKSK));
        Map<?, ?> office = (Map<?, ?>) program.operate(AidProgram.OFFICE, Map.of(), Actor.resident());
        assertEquals("Tutup tanggal 17 Agustus", office.get("notice"));
        assertEquals("Kantor Kelurahan Miroto", office.get("office"));
    }

    @Test
    void anEmptyNoticeIsRefusedByName() {
        ProgramException refused = assertThrows(ProgramException.class, () -> program.operate(AidProgram.NOTICE,
                Map.of(), TestPlatform.actor("tksk", Role.TKSK)));
        assertEquals("missing-text", refused.reason().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"offices", "OFFICE", "claim", ""})
    void answersOnlyItsOwnOperations(String operation) {
        assertFalse(program.descriptor().operation(operation).isPresent());
        assertEquals("unknown-operation", assertThrows(ProgramException.class,
                () -> program.operate(operation, Map.of(), Actor.resident())).reason().code());
    }
}
