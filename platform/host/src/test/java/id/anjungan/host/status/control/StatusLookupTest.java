package id.anjungan.host.status.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.host.security.control.ResidentSession;
import id.anjungan.host.security.control.ResidentSessions;
import id.anjungan.host.security.control.SettableClock;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.testkit.MemoryResidents;
import id.anjungan.testkit.TestClock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import id.anjungan.host.recipients.control.StoredRecipientLists.NewestList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusLookupTest {

    static final String NIK = "3374015508850003"; // woman born 15-08-1985
    static final String KK = "3374011201090001";
    static final RecipientRecord ROW = new RecipientRecord("BPNT", "2026-11", NIK, KK, "Warga", "Jl", "1", "2",
            "Pekunden", Map.of("amount", "200000"));

    /** BPNT imported more than a quarter before "today" (2026-11-20), CPP five days before. */
    static final Map<String, Instant> IMPORTED = Map.of("BPNT", Instant.parse("2026-08-01T02:00:00Z"),
            "CPP", Instant.parse("2026-11-15T02:00:00Z"));

    final List<String> audited = new ArrayList<>();
    final MemoryResidents residents = new MemoryResidents(new TestClock());
    final SettableClock clock = new SettableClock(Instant.parse("2026-11-20T03:00:00Z"));
    final ResidentSessions sessions = clock.sessions();
    final Map<String, ResidentSession> named = new java.util.HashMap<>();
    StatusLookup lookup;

    /** The session a test calls by a name, each started on its own device unless the name says which. */
    ResidentSession session(String name) {
        return named.computeIfAbsent(name, n -> sessions.start(n.contains("@") ? n.substring(n.indexOf('@')) : n));
    }

    static Program program(ProgramDescriptor d) {
        return new Program() {
            @Override
            public ProgramDescriptor descriptor() {
                return d;
            }

            @Override
            public StatusReport status(Optional<RecipientRecord> record) {
                return record.map(r -> new StatusReport(true, r.period(), Long.valueOf(r.field("amount")),
                        Text.of("per bulan", "per month"), Text.of("Bank BNI", "BNI bank"), null, null))
                        .orElseGet(() -> StatusReport.notRegistered(Text.of("Tidak terdaftar", "Not registered")));
            }
        };
    }

    @BeforeEach
    void setUp() {
        Program failing = new Program() {
            @Override
            public ProgramDescriptor descriptor() {
                return FakePrograms.descriptor("KJS", true, Set.of());
            }

            @Override
            public StatusReport status(Optional<RecipientRecord> record) {
                throw new IllegalStateException("module bug");
            }
        };
        lookup = new StatusLookup();
        lookup.programs = new FakePrograms().with(program(FakePrograms.descriptor("BPNT", true, Set.of())))
                .with(failing).with(program(FakePrograms.descriptor("CPP", false, Set.of())))
                .with(program(FakePrograms.descriptor("SANKEM", false, Set.of())));
        lookup.lists = new StoredRecipientLists() {
            @Override
            public Optional<RecipientRecord> find(String program, String nik) {
                return program.equals("BPNT") && nik.equals(NIK) ? Optional.of(ROW) : Optional.empty();
            }

            @Override
            public java.util.Map<String, RecipientRecord> newestEntries(String nik) {
                return nik.equals(NIK) ? java.util.Map.of("BPNT", ROW) : java.util.Map.of();
            }

            @Override
            public List<String> periods(String program) {
                return program.equals("CPP") || program.equals("BPNT") ? List.of("2026-11") : List.of();
            }

            @Override
            public Optional<NewestList> newestList(String program) {
                return Optional.ofNullable(IMPORTED.get(program)).map(at -> new NewestList(at, "SP2D"));
            }
        };
        lookup.clock = clock;
        lookup.residents = residents;
        lookup.audit = new HashChainedAudit() {
            @Override
            public void record(Actor actor, String action, String subject, String detail, String subjectNik) {
                audited.add(action + " " + subject);
            }
        };
    }

    List<Map<String, Object>> ask(String session, String kk) {
        return lookup.lookup(NIK, kk, Actor.resident(), session(session), "en");
    }

    @Test
    void theRightPairShowsTheModulesDescriptionAndFailingOrUnlistedProgramsAreLeftOut() {
        List<Map<String, Object>> results = ask("s1", KK);
        assertEquals(List.of("BPNT", "CPP"), results.stream().map(r -> r.get("program")).toList());
        Map<String, Object> bpnt = results.get(0);
        assertEquals(true, bpnt.get("registered"));
        assertEquals(200000L, bpnt.get("amount"));
        assertEquals("per month", bpnt.get("rhythm"));
        assertEquals("Programme BPNT", bpnt.get("programName"));
        assertEquals(List.of("read-recipient 3374••••••••0003"), audited);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = Resident.Standing.class, names = {"DECEASED", "MOVED",
            "DECLARED_ABLE"})
    void aPersonNoLongerEntitledGetsAPlainNoteFromEveryProgram(Resident.Standing standing) {
        residents.save(new Resident(NIK, KK, "Warga", null, "Jl", "1", "2", "Pekunden", Resident.Standing.ACTIVE));
        residents.changeStanding(NIK, standing);
        List<Map<String, Object>> results = ask("s1", KK);
        assertEquals(List.of("BPNT", "CPP"), results.stream().map(r -> r.get("program")).toList());
        for (Map<String, Object> result : results) {
            assertEquals(standing.name(), result.get("standing"));
            assertTrue(((String) result.get("note")).startsWith("The kelurahan has recorded that this person "),
                    result.toString());
            assertTrue(((String) result.get("note")).contains("no aid is paid to them"), result.toString());
        }
        assertTrue(((String) results.get(1).get("note")).endsWith("Not registered"), "the module's note follows");
        assertTrue(((String) lookup.lookup(NIK, KK, Actor.resident(), session("s2"), "id").get(0).get("note"))
                .startsWith("Menurut catatan kelurahan, orang ini "));
    }

    @Test
    void theStandingIsToldOnlyToWhoeverProvesTheKk() {
        residents.save(new Resident(NIK, KK, "Warga", null, "Jl", "1", "2", "Pekunden", Resident.Standing.DECEASED));
        List<Map<String, Object>> wrongKk = ask("s1", "3374011201090002");
        assertFalse(wrongKk.stream().anyMatch(r -> r.containsKey("standing")), wrongKk.toString());
        residents.save(new Resident(NIK, KK, "Warga", null, "Jl", "1", "2", "Pekunden", Resident.Standing.ACTIVE));
        assertFalse(ask("s1", KK).stream().anyMatch(r -> r.containsKey("standing")), "active: no note");
    }

    @Test
    void aListOlderThanAQuarterIsMarkedStaleWithItsImportDay() {
        List<Map<String, Object>> results = ask("s1", KK);
        assertEquals("2026-08-01", results.get(0).get("listDate"));
        assertEquals(true, results.get(0).get("listStale"), "imported 111 days ago; DTSEN changes every quarter");
        assertEquals("2026-11-15", results.get(1).get("listDate"));
        assertEquals(false, results.get(1).get("listStale"));
        assertEquals("SP2D", results.get(0).get("listSource"), "staff see what the list proves: paid, or registered");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "imported {0}, today 2026-11-20, cycle {1} days → stale {2}")
    @org.junit.jupiter.params.provider.CsvSource({"2026-08-20, 92, false", "2026-08-19, 92, true",
            "2026-10-20, 30, true", "2026-10-21, 30, false", "2025-11-21, 365, false"})
    void theRefreshCycleDecidesWhenAListIsStale(String imported, int days, boolean stale) {
        Map<String, Object> result = new java.util.HashMap<>();
        id.anjungan.host.recipients.control.ListAge.describe(result, new NewestList(java.time.LocalDate.parse(imported)
                .atStartOfDay(java.time.ZoneId.of("Asia/Jakarta")).toInstant(), "DTSEN"), days,
                java.time.LocalDate.parse("2026-11-20"), java.time.ZoneId.of("Asia/Jakarta"));
        assertEquals(stale, result.get("listStale"));
        assertEquals(imported, result.get("listDate"));
    }

    @Test
    void aProgramMaySetItsOwnRefreshCycle() {
        System.setProperty("anjungan.lists.refresh.days.cpp", "30");
        try {
            assertEquals(30, id.anjungan.host.recipients.control.ListAge.refreshDays("CPP"));
            assertEquals(92, id.anjungan.host.recipients.control.ListAge.refreshDays("BPNT"));
        } finally {
            System.clearProperty("anjungan.lists.refresh.days.cpp");
        }
    }

    @Test
    void aProgramThatFailsIsNamedAsUnavailableInTheCallersLanguage() {
        StatusLookup.Answer answer = lookup.answer(NIK, KK, Actor.resident(), session("s1"), "en");
        assertEquals(List.of("BPNT", "CPP"), answer.results().stream().map(r -> r.get("program")).toList());
        assertEquals(List.of(Map.of("program", "KJS", "programName", "Programme KJS",
                "message", "Program KJS cannot answer at the moment.")), answer.unavailable());
    }

    @Test
    void aWrongPairAnswersExactlyLikeNotRegistered() {
        List<Map<String, Object>> wrongKk = ask("s1", "3374011201090002");
        assertFalse((Boolean) wrongKk.get(0).get("registered"));
        String unknownNik = "3374015508850004";
        List<Map<String, Object>> notListed = lookup.lookup(unknownNik, KK, Actor.resident(), session("s3"), "en");
        assertEquals(notListed, wrongKk);
    }

    @Test
    void theKkMayBeTypedWithSeparators() {
        assertEquals(true, ask("s1", "3374 0112 0109 0001").get(0).get("registered"));
    }

    @Test
    void invalidNikOrMissingKkIsAProblem() {
        assertEquals(422, assertThrows(Problem.class, () -> lookup.lookup("123", KK, Actor.resident(), session("s"),
                "id")).status());
        Problem noKk = assertThrows(Problem.class, () -> ask("s", " "));
        assertEquals(422, noKk.status());
        assertEquals("Enter the KK number with the NIK.", noKk.detail().en());
    }

    @Test
    void aSessionGetsTenLookupsAMinuteAndThenARetryAfterTheMinutesEnd() {
        for (int i = 0; i < 10; i++) {
            lookup.lookup("33740155088500" + (10 + i), KK, Actor.resident(), session("one-session"), "id");
        }
        Problem p = assertThrows(Problem.class, () -> ask("one-session", KK));
        assertEquals(429, p.status());
        assertEquals(60, p.retryAfter(), "03:00:00 is the minute's first second");
        assertTrue(p.detail().id().contains("Tunggu"));
        assertEquals(true, ask("another-session", KK).get(0).get("registered"), "another resident still asks");
        clock.pass(Duration.ofSeconds(60));
        assertEquals(true, ask("one-session", KK).get(0).get("registered"), "the next minute");
    }

    @Test
    void oneNikIsLimitedWhicheverSessionsAsk() {
        for (int i = 0; i < 20; i++) {
            ask("session-" + i, "3374011201099" + (100 + i)); // guessing the KK from many sessions and devices
        }
        Problem p = assertThrows(Problem.class, () -> ask("session-20", KK));
        assertEquals(429, p.status());
        assertEquals(3600, p.retryAfter(), "an hour's window");
        clock.pass(Duration.ofHours(1));
        assertEquals(true, ask("session-21", KK).get(0).get("registered"));
    }

    @Test
    void newSessionsOnOneDeviceShareItsMinute() {
        for (int i = 0; i < 60; i++) {
            lookup.lookup("33740155088" + (50001 + i), KK, Actor.resident(), session("s" + i % 6 + "@kiosk-1"), "id");
        }
        assertEquals(429, assertThrows(Problem.class, () -> ask("fresh@kiosk-1", KK)).status(),
                "a fresh session on the same device");
        assertEquals(true, ask("fresh@kiosk-2", KK).get(0).get("registered"), "another kiosk");
    }

    @Test
    void staffLookupsAreLimitedPerAccount() {
        Actor psm = new Actor("psm", "PSM Miroto", id.anjungan.spi.Role.PSM, null);
        for (int i = 0; i < 60; i++) {
            lookup.lookup("33740155088" + (60001 + i), KK, psm, null, "id");
        }
        assertEquals(429, assertThrows(Problem.class, () -> lookup.lookup(NIK, KK, psm, null, "id")).status());
        Actor tksk = new Actor("tksk", "TKSK", id.anjungan.spi.Role.TKSK, null);
        assertEquals(true, lookup.lookup(NIK, KK, tksk, null, "id").get(0).get("registered"));
    }
}
