package id.anjungan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import id.anjungan.spi.platform.CaseStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CaseStore} does, the testkit's {@code MemoryCaseStore} (following {@link #PROGRAM}) and the kiosk's
 * stored one alike: steps follow the program's workflow, roles and required notes; facts add up. A subclass gives a
 * fresh store that knows {@link #PROGRAM}, and opens cases in it as the platform does after intake.
 */
public abstract class CaseStoreContract {

    /** An officer who may take every step of {@link #PROGRAM}. */
    public static final Actor TKSK = new Actor("tksk", "TKSK Miroto", Role.TKSK, null);
    /** Someone who may take none. */
    public static final Actor RESIDENT = Actor.resident();
    /** The workflow the contract moves cases in: baru → ditangani → selesai, or baru → ditolak with a reason. */
    public static final Workflow WORKFLOW = Workflow.of("lapor", "baru", List.of(
            State.open("baru", "Baru", "New", 3), State.open("ditangani", "Ditangani", "Being handled", 7),
            State.closed("selesai", "Selesai", "Done"), State.closed("ditolak", "Ditolak", "Refused")), List.of(
            Transition.of("tangani", "baru", "ditangani", Text.of("Tangani", "Handle"), Role.TKSK),
            Transition.of("selesaikan", "ditangani", "selesai", Text.of("Selesaikan", "Finish"), Role.TKSK),
            Transition.of("tolak", "baru", "ditolak", Text.of("Tolak", "Refuse"), Role.TKSK).withNoteRequired()));
    /** The program the contract's cases belong to. */
    public static final ProgramDescriptor PROGRAM = ProgramDescriptor.builder("KONTRAK", Text.of("Kontrak", "Contract"))
            .services(List.of(ServiceDefinition.builder("lapor", ServiceKind.REPORT, Text.of("Lapor", "Report"))
                    .workflow("lapor").build(), ServiceDefinition.builder("usul", ServiceKind.PROPOSAL,
                    Text.of("Usul", "Propose")).workflow("lapor").build()))
            .workflows(List.of(WORKFLOW)).build();

    /** An empty store that follows {@link #PROGRAM}'s workflow; called once per test. */
    protected abstract CaseStore cases();

    /** Opens a case of {@link #PROGRAM} in {@code state} with these answers, as the platform's intake does. */
    protected abstract void open(String tracking, String service, String state, Map<String, String> data,
                                 Instant created);

    @Test
    void findsWhatWasOpenedAndNothingElse() {
        CaseStore cases = cases();
        open("K-1", "lapor", "baru", Map.of("alamat", "RT 3"), Instant.parse("2026-12-01T02:00:00Z"));
        CaseRecord found = cases.find("K-1").orElseThrow();
        assertEquals(List.of("K-1", "KONTRAK", "lapor", "baru"),
                List.of(found.tracking(), found.program(), found.service(), found.state()));
        assertEquals(Map.of("alamat", "RT 3"), found.data());
        assertEquals(Optional.empty(), cases.find("K-404"));
    }

    @Test
    void listsByServiceAndStateNewestFirst() {
        CaseStore cases = cases();
        open("K-1", "lapor", "baru", Map.of(), Instant.parse("2026-12-01T02:00:00Z"));
        open("K-2", "lapor", "ditangani", Map.of(), Instant.parse("2026-12-02T02:00:00Z"));
        open("K-3", "usul", "baru", Map.of(), Instant.parse("2026-12-03T02:00:00Z"));
        assertEquals(List.of("K-3", "K-2", "K-1"), tracking(cases.list("KONTRAK", null, null)));
        assertEquals(List.of("K-2", "K-1"), tracking(cases.list("KONTRAK", "lapor", null)));
        assertEquals(List.of("K-3", "K-1"), tracking(cases.list("KONTRAK", null, "baru")));
        assertEquals(List.of(), cases.list("LAIN", null, null));
    }

    @Test
    void aStepMovesTheCaseAndIsRecordedLast() {
        CaseStore cases = cases();
        open("K-1", "lapor", "baru", Map.of(), Instant.parse("2026-12-01T02:00:00Z"));
        CaseRecord moved = cases.transition("K-1", "tangani", "Didatangi.", TKSK);
        assertEquals("ditangani", moved.state());
        CaseStep last = moved.history().get(moved.history().size() - 1);
        assertEquals(List.of("ditangani", "tangani", "Didatangi."), List.of(last.state(), last.transition(), last.note()));
        assertEquals("ditangani", cases.find("K-1").orElseThrow().state());
        assertEquals("selesai", cases.transition("K-1", "selesaikan", null, TKSK).state());
    }

    @Test
    void refusesAStepTheWorkflowDoesNotHaveHere() {
        CaseStore cases = cases();
        open("K-1", "lapor", "baru", Map.of(), Instant.parse("2026-12-01T02:00:00Z"));
        ProgramException refused = assertThrows(ProgramException.class,
                () -> cases.transition("K-1", "selesaikan", null, TKSK));
        assertEquals("transition-not-allowed", refused.reason().code());
        assertEquals("baru", cases.find("K-1").orElseThrow().state(), "a refused step changes nothing");
    }

    @Test
    void refusesAStepToARoleThatMayNotTakeIt() {
        CaseStore cases = cases();
        open("K-1", "lapor", "baru", Map.of(), Instant.parse("2026-12-01T02:00:00Z"));
        assertThrows(RuntimeException.class, () -> cases.transition("K-1", "tangani", null, RESIDENT));
        assertEquals("baru", cases.find("K-1").orElseThrow().state());
    }

    @Test
    void aStepThatNeedsAReasonIsRefusedWithoutOne() {
        CaseStore cases = cases();
        open("K-1", "lapor", "baru", Map.of(), Instant.parse("2026-12-01T02:00:00Z"));
        ProgramException refused = assertThrows(ProgramException.class,
                () -> cases.transition("K-1", "tolak", " ", TKSK));
        assertEquals("note-required", refused.reason().code());
        assertEquals("ditolak", cases.transition("K-1", "tolak", "Bukan warga kelurahan ini.", TKSK).state());
    }

    @Test
    void factsAddUpKeepTheStateAndAreRecorded() {
        CaseStore cases = cases();
        open("K-1", "lapor", "baru", Map.of("alamat", "RT 3"), Instant.parse("2026-12-01T02:00:00Z"));
        CaseRecord noted = cases.annotate("K-1", Map.of("panti", "Panti A"), "Diajukan.", TKSK);
        assertEquals(Map.of("alamat", "RT 3", "panti", "Panti A"), noted.data());
        assertEquals("baru", noted.state());
        assertEquals("annotate", noted.history().get(noted.history().size() - 1).transition());
        assertEquals(noted.data(), cases.find("K-1").orElseThrow().data());
        assertTrue(noted.history().size() >= 1);
    }

    @Test
    void stepsOnAnUnknownCaseAreRefused() {
        CaseStore cases = cases();
        assertEquals("unknown-case", assertThrows(ProgramException.class,
                () -> cases.annotate("K-404", Map.of("a", "b"), null, TKSK)).reason().code());
        assertThrows(ProgramException.class, () -> cases.transition("K-404", "tangani", null, TKSK));
    }

    private static List<String> tracking(List<CaseRecord> cases) {
        return cases.stream().map(CaseRecord::tracking).toList();
    }
}
