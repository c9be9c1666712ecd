package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.identity.control.StoredResidents;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.host.security.control.ResidentSession;
import id.anjungan.host.security.control.ResidentSessions;
import id.anjungan.host.security.control.SettableClock;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A resident gets a case's receipt by the KK number of its subject; a refusal tells nothing about the number. */
class ResidentCaseAccessTest {

    static final String NIK = "3374015508850003";
    static final String REGISTER_KK = "3374011201090001";
    static final String LIST_KK = "3374011201090002";
    static final String FORM_KK = "3374011201090003";

    final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T03:00:00Z"));
    final ResidentSessions sessions = clock.sessions();
    final ResidentCaseAccess access = new ResidentCaseAccess();
    int devices;

    @BeforeEach
    void setUp() {
        ServiceDefinition usul = new ServiceDefinition("usul", ServiceKind.APPLICATION, Text.of("Usul", "Proposal"),
                null, null, Set.of(Role.RESIDENT), FormDefinition.of(FormField.of("nik", FieldType.NIK,
                Text.of("NIK", "NIK")), FormField.of("kkBaru", FieldType.KK, Text.of("KK", "KK"))), null, null, null,
                false);
        ProgramDescriptor bpnt = new ProgramDescriptor("BPNT", Text.of("BPNT", "BPNT"), null, "icon.svg",
                List.of(usul), null, Set.of(), null, null, null);
        access.programs = new Programs() {
            @Override
            public ProgramDescriptor descriptor(String code) {
                if (code.equals("BPNT")) {
                    return bpnt;
                }
                throw Problem.notFound("Program", "Programme"); // removed
            }
        };
        access.residents = new StoredResidents() {
            @Override
            public Optional<Resident> find(String nik) {
                return nik.equals(NIK) ? Optional.of(new Resident(NIK, REGISTER_KK, "Warga", null, "Jl", "1", "2",
                        "Miroto", null)) : Optional.empty();
            }
        };
        access.lists = new StoredRecipientLists() {
            @Override
            public Map<String, RecipientRecord> newestEntries(String nik) {
                return nik.equals(NIK) ? Map.of("KJS", new RecipientRecord("KJS", "2026-Q4", NIK, LIST_KK, "Warga", "Jl",
                        "1", "2", "Miroto", Map.of())) : Map.of();
            }
        };
        access.clock = clock;
    }

    private ResidentSession resident() {
        return sessions.start("kiosk-" + devices++);
    }

    private static CaseRow row(String tracking, String program, String subject, Map<String, String> data) {
        CaseRow row = new CaseRow();
        row.tracking = tracking;
        row.program = program;
        row.service = "usul";
        row.subjectNik = subject;
        row.data = JsonText.write(data);
        return row;
    }

    @Test
    void theSubjectsKkFromTheFormTheRegisterOrTheListsLetsTheSessionPrint() {
        CaseRow row = row("BPNT-2612-000001-1", "BPNT", NIK, Map.of("nik", NIK, "kkBaru", "3374 0112 0109 0003"));
        for (String kk : List.of(FORM_KK, REGISTER_KK, LIST_KK, "3374-0112-0109-0001")) {
            ResidentSession session = resident();
            assertFalse(session.mayPrint(row.tracking));
            access.prove(session, row.tracking, Optional.of(row), kk);
            assertTrue(session.mayPrint(row.tracking), kk);
            assertFalse(session.mayPrint("BPNT-2612-000002-9"), "that case only");
        }
    }

    @Test
    void aCaseOfARemovedModuleIsStillProvedByTheRegister() {
        CaseRow row = row("REHSOS-2612-000001-1", "REHSOS", NIK, Map.of("kk", FORM_KK));
        ResidentSession session = resident();
        access.prove(session, row.tracking, Optional.of(row), REGISTER_KK);
        assertTrue(session.mayPrint(row.tracking));
        assertThrows(Problem.class, () -> access.prove(resident(), row.tracking, Optional.of(row), FORM_KK),
                "without its form no field is known to be a KK number");
    }

    @Test
    void aWrongKkAnUnknownNumberAndACaseWithoutSubjectAreRefusedAlike() {
        CaseRow row = row("BPNT-2612-000001-1", "BPNT", NIK, Map.of("nik", NIK));
        CaseRow anonymous = row("BPNT-2612-000003-5", "BPNT", null, Map.of());
        List<Problem> refusals = List.of(
                assertThrows(Problem.class, () -> access.prove(resident(), row.tracking, Optional.of(row),
                        "3374011201099999")),
                assertThrows(Problem.class, () -> access.prove(resident(), "BPNT-2612-999999-0", Optional.empty(),
                        REGISTER_KK)),
                assertThrows(Problem.class, () -> access.prove(resident(), anonymous.tracking, Optional.of(anonymous),
                        REGISTER_KK)),
                assertThrows(Problem.class, () -> access.prove(resident(), row.tracking, Optional.of(row), null)),
                assertThrows(Problem.class, () -> access.prove(resident(), row.tracking, Optional.of(row), "")));
        for (Problem p : refusals) {
            assertEquals(403, p.status());
            assertEquals("receipt-proof", p.code());
            assertEquals(refusals.get(0).detail().id(), p.detail().id());
        }
    }

    @Test
    void guessingOneCasesKkIsLimitedWhicheverSessionsGuess() {
        CaseRow row = row("BPNT-2612-000001-1", "BPNT", NIK, Map.of("nik", NIK));
        for (int i = 0; i < 10; i++) {
            String guess = "33740112010" + (90100 + i);
            assertThrows(Problem.class, () -> access.prove(resident(), row.tracking, Optional.of(row), guess));
        }
        Problem limited = assertThrows(Problem.class, () -> access.prove(resident(), row.tracking, Optional.of(row),
                REGISTER_KK));
        assertEquals(429, limited.status(), "even the right KK waits: the guesses used the hour");
        assertEquals(3600, limited.retryAfter());
        clock.pass(Duration.ofHours(1));
        ResidentSession session = resident();
        access.prove(session, row.tracking, Optional.of(row), REGISTER_KK);
        assertTrue(session.mayPrint(row.tracking));
    }

    @Test
    void lookupsAreCountedPerSession() {
        ResidentSession session = resident();
        for (int i = 0; i < 30; i++) {
            access.countLookup(session);
        }
        Problem limited = assertThrows(Problem.class, () -> access.countLookup(session));
        assertEquals(429, limited.status());
        assertEquals(60, limited.retryAfter());
        access.countLookup(resident());
    }
}
