package id.anjungan.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The factories and builders give the same values as the canonical constructors, whose defaults they keep. */
class FactoriesTest {

    private static final Text TITLE = Text.of("Judul", "Title");
    private static final Workflow FLOW = Workflow.of("w", "a", List.of(State.closed("a", "A", "A")), List.of());
    private static final Screen SCREEN = Screen.of("s", "x-screen", "x.js", Set.of(Role.TKSK));

    static Stream<Arguments> sameValues() {
        ServiceDefinition full = new ServiceDefinition("svc", ServiceKind.APPLICATION, TITLE, Text.of("R", "S"), "i.svg",
                Set.of(Role.RESIDENT, Role.PSM), FormDefinition.of(FormField.of("nik", FieldType.NIK, TITLE)),
                List.of(Document.of("ktp", "KTP", "ID card")), "w", null, true);
        return Stream.of(
                Arguments.of(new Operation("o", Set.of(Role.TKSK), true), Operation.reading("o", Set.of(Role.TKSK))),
                Arguments.of(new Operation("o", Set.of(Role.TKSK), false), Operation.changing("o", Set.of(Role.TKSK))),
                Arguments.of(new Screen("s", "x-screen", "x.js", Set.of(Role.TKSK)), SCREEN),
                Arguments.of(new Workflow("w", "a", List.of(State.closed("a", "A", "A")), List.of()), FLOW),
                Arguments.of(new Eligibility(Eligibility.Verdict.LIKELY, List.of(Reason.of("r", "R", "R")), "svc"),
                        Eligibility.of(Eligibility.Verdict.LIKELY, "svc", List.of(Reason.of("r", "R", "R")))),
                Arguments.of(new StatusReport(true, "2026-11", 200_000L, TITLE, null, TITLE, null),
                        StatusReport.registered("2026-11").withAmount(200_000L).withRhythm(TITLE).withSchedule(TITLE)),
                Arguments.of(new StatusReport(true, "2026-Q4", null, null, TITLE, null, TITLE),
                        StatusReport.registered("2026-Q4").withChannel(TITLE).withNote(TITLE)),
                Arguments.of(new ServiceDefinition("d", ServiceKind.DESK, TITLE, null, null, Set.of(), null, null, null,
                        null, false), ServiceDefinition.builder("d", ServiceKind.DESK, TITLE).build()),
                Arguments.of(full, ServiceDefinition.builder("svc", ServiceKind.APPLICATION, TITLE).summary(Text.of("R", "S"))
                        .icon("i.svg").startedBy(Role.RESIDENT, Role.PSM).form(full.form()).checklist(full.checklist())
                        .workflow("w").withoutIdentity(true).build()),
                Arguments.of(new ProgramDescriptor("ABC", TITLE, null, null, List.of(), null, null, null, null, null),
                        ProgramDescriptor.builder("ABC", TITLE).build()),
                Arguments.of(new ProgramDescriptor("ABC", TITLE, TITLE, "i.svg", List.of(full), List.of(FLOW), Set.of("XYZ"),
                        Set.of(PlatformCheck.NO_DOUBLE_AID), List.of(SCREEN), List.of(Operation.reading("o", Set.of())),
                        TITLE), ProgramDescriptor.builder("ABC", TITLE).description(TITLE).icon("i.svg")
                        .services(List.of(full)).workflows(List.of(FLOW)).exclusiveWith(Set.of("XYZ"))
                        .checks(Set.of(PlatformCheck.NO_DOUBLE_AID)).screens(List.of(SCREEN))
                        .operations(List.of(Operation.reading("o", Set.of()))).decidedBy(TITLE).build()));
    }

    @ParameterizedTest
    @MethodSource("sameValues")
    void factoryGivesTheConstructorsValue(Object constructed, Object built) {
        assertEquals(constructed, built);
    }

    @Test
    void aBuilderChecksLikeTheConstructor() {
        assertThrows(IllegalArgumentException.class, () -> ProgramDescriptor.builder("ABC", TITLE)
                .services(List.of(ServiceDefinition.builder("x", ServiceKind.APPLICATION, TITLE).workflow("none").build()))
                .build());
        assertThrows(IllegalArgumentException.class, () -> Screen.of("s", "noscreen", "x.js", Set.of()));
    }
}
