package id.anjungan.host.musyawarah.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.status.control.FakePrograms;
import id.anjungan.spi.Actor;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import id.anjungan.testkit.TestClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MusyawarahRecordsTest {

    static final Text L = Text.of("Layanan", "Service");
    static final Actor KASI = new Actor("kasi", "Kasi Kesos", Role.KASI_KESOS, null);
    static final ProgramDescriptor BPNT = new ProgramDescriptor("BPNT", L, L, "icon.svg", List.of(
            service("usul", ServiceKind.PROPOSAL), service("lapor", ServiceKind.REPORT)), List.of(), Set.of(),
            Set.of(), List.of(), List.of());

    @TempDir
    Path home;
    Database db;
    final MusyawarahRecords records = new MusyawarahRecords();
    final List<String> audited = new ArrayList<>();
    final TestClock clock = new TestClock();

    static ServiceDefinition service(String id, ServiceKind kind) {
        return new ServiceDefinition(id, kind, L, L, null, Set.of(Role.RESIDENT), FormDefinition.of(), List.of(), null,
                null, false);
    }

    @BeforeEach
    void open() {
        db = TestDatabase.open(home);
        records.db = db;
        records.clock = clock;
        records.audit = (actor, action, subject, detail) -> audited.add(action + " " + detail);
        records.programs = new FakePrograms().with(new Program() {
            @Override
            public ProgramDescriptor descriptor() {
                return BPNT;
            }
        });
        kase("BPNT-1", "usul", false);
        kase("BPNT-2", "usul", false);
        kase("BPNT-3", "usul", true);
        kase("BPNT-4", "lapor", false);
    }

    @AfterEach
    void close() {
        db.close();
    }

    void kase(String tracking, String service, boolean closed) {
        db.tx(em -> {
            CaseRow c = new CaseRow();
            c.tracking = tracking;
            c.program = "BPNT";
            c.service = service;
            c.closed = closed;
            em.persist(c);
            return null;
        });
    }

    MusyawarahRecords.Meeting meeting(LocalDate on, MusyawarahRecords.Decision... decisions) {
        return new MusyawarahRecords.Meeting(on, "Balai Kelurahan Miroto", List.of("Lurah Miroto", "Ketua RW 02",
                "PSM Bu Sri"), List.of(decisions));
    }

    @Test
    void theNewestMeetingOnAProposalDecidesIt() {
        LocalDate today = clock.today();
        records.record(meeting(today.minusDays(7), new MusyawarahRecords.Decision("BPNT-1", false, "Belum lengkap"),
                new MusyawarahRecords.Decision("BPNT-2", true, "Layak")), KASI);
        records.record(meeting(today, new MusyawarahRecords.Decision("BPNT-1", true, "Sudah dilengkapi")), KASI);

        var latest = records.latest();
        assertTrue(latest.get("BPNT-1").approved());
        assertEquals(today, latest.get("BPNT-1").heldOn());
        assertTrue(latest.get("BPNT-2").approved());
        assertEquals(2, records.meetings().size());
        assertEquals(List.of("Lurah Miroto", "Ketua RW 02", "PSM Bu Sri"), records.meetings().get(0).get("attendees"));
        assertEquals(List.of("musyawarah 2 proposals, 3 attendees", "musyawarah 1 proposals, 3 attendees"), audited);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a closed proposal, BPNT-3", "a report is no proposal, BPNT-4", "an unknown number, BPNT-9"})
    void onlyOpenProposalsAreDecided(String why, String tracking) {
        Problem p = assertThrows(Problem.class, () -> records.record(meeting(clock.today(),
                new MusyawarahRecords.Decision(tracking, true, "")), KASI), why);
        assertEquals(422, p.status());
        assertTrue(p.detail().id().contains(tracking), p.detail().id());
        assertTrue(records.latest().isEmpty(), "nothing is stored");
    }

    @Test
    void aMeetingNeedsAPastDateTwoAttendeesAndADecisionAndNamesAProposalOnce() {
        var one = new MusyawarahRecords.Decision("BPNT-1", true, "");
        assertThrows(Problem.class, () -> records.record(meeting(clock.today().plusDays(1), one), KASI));
        assertThrows(Problem.class, () -> records.record(meeting(null, one), KASI));
        assertThrows(Problem.class, () -> records.record(new MusyawarahRecords.Meeting(clock.today(), "Balai",
                List.of("Lurah", " "), List.of(one)), KASI));
        assertThrows(Problem.class, () -> records.record(meeting(clock.today()), KASI));
        assertThrows(Problem.class, () -> records.record(new MusyawarahRecords.Meeting(clock.today(), "Balai",
                java.util.Collections.nCopies(61, "Warga"), List.of(one)), KASI), "61 attendees");
        assertThrows(Problem.class, () -> records.record(new MusyawarahRecords.Meeting(clock.today(), "Balai",
                List.of("Lurah", "x".repeat(121)), List.of(one)), KASI), "a name of 121 characters");
        assertThrows(Problem.class, () -> records.record(meeting(clock.today(), new MusyawarahRecords.Decision(
                "BPNT-1", true, "n".repeat(501))), KASI), "a note of 501 characters");
        Problem twice = assertThrows(Problem.class, () -> records.record(meeting(clock.today(), one, one), KASI));
        assertEquals("invalid-musyawarah", twice.code());
        assertFalse(twice.detail().en().isBlank());
        assertTrue(records.latest().isEmpty());
    }
}
