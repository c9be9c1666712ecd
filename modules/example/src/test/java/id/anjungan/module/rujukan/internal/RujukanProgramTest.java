package id.anjungan.module.rujukan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Submission;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RujukanProgramTest {

    @SuppressWarnings("BadAnnotationImplementation") // the component's configuration, never compared as an annotation
    private final RujukanProgram program = new RujukanProgram(new RujukanConfig() {
        @Override public int slaDays() { return 5; }
        @Override public String office() { return "Kantor Kesos"; }
        @Override public Class<? extends Annotation> annotationType() { return RujukanConfig.class; }
    });

    @ParameterizedTest
    @CsvSource({"PKH,2,", "KIS,3,kis", "KIP,3,rapor", "ALAT_BANTU,3,dokter", "KUBE,2,"})
    void checklistFollowsTheTarget(String target, int documents, String extra) {
        Assessment a = program.assess(new Submission("RUJUKAN", "minta-rujukan",
                Map.of("target", target, "nik", "3374014101800003"), Actor.resident(), null));
        assertTrue(a.accepted());
        assertEquals(documents, a.checklist().size());
        if (extra != null) {
            assertTrue(a.checklist().stream().map(Document::id).anyMatch(extra::equals));
        }
        assertTrue(a.nextSteps().id().contains("5 hari"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"targets"})
    void answersItsOwnOperation(String operation) {
        List<?> targets = (List<?>) program.operate(operation, Map.of(), Actor.resident());
        assertEquals(RujukanProgram.TARGETS.size(), targets.size());
        assertEquals(Map.of("value", "PKH", "id", "PKH (Program Keluarga Harapan)", "en", "PKH (family hope programme)"),
                targets.get(0));
        assertTrue(program.descriptor().operation(operation).isPresent(), "declared in the descriptor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"target", "TARGETS", "claim", "", "targets/../x"})
    void refusesAnyOtherOperation(String operation) {
        ProgramException refused = assertThrows(ProgramException.class,
                () -> program.operate(operation, Map.of(), Actor.resident()));
        assertEquals("unknown-operation", refused.reason().code());
    }
}
