package id.anjungan.host.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.testkit.TestClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {

    static final String SARI = "3374014101800003";
    static final String BUDI = "3374015202900004";

    @TempDir
    Path dir;
    private Database db;
    private AuditTrail trail;
    private final TestClock clock = new TestClock();

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        HashChainedAudit audit = new HashChainedAudit();
        audit.db = db;
        audit.threads = Threads.plain();
        clock.set(LocalDate.of(2026, 12, 5));
        audit.clock = clock;
        audit.useKeys(HashChainedAuditTest.KEYS);
        trail = new AuditTrail();
        trail.db = db;
        trail.audit = audit;
        trail.clock = audit.clock;
        Actor psm = new Actor("psm", "Pak Joko", Role.PSM, SARI);
        Actor tksk = new Actor("tksk", "Bu Rina", Role.TKSK, null);
        audit.record(psm, "read-recipient", "NIK " + SARI, "status lookup");      // a full NIK in the text
        audit.record(tksk, "read-case", "BPNT-2612-000002-3", "staff view", BUDI);
        clock.set(LocalDate.of(2026, 12, 6));
        audit.recordNow(tksk, "read-attachment", "a-file", "image/png");
        audit.record(tksk, "read-receipt", "BPNT-2612-000001-5", "A6", SARI);
        audit.flush();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Map<String, Object>> find(String nik, String actor, LocalDate from, LocalDate to, Integer limit) {
        return trail.find(new AuditTrail.Filter(nik, actor, from, to, limit));
    }

    private static List<Object> actions(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> e.get("action")).toList();
    }

    @Test
    void findsEveryEntryAboutAPersonByTheirNikNewestFirstWithoutShowingIt() {
        List<Map<String, Object>> sari = find(SARI, null, null, null, null);
        assertEquals(List.of("read-receipt", "read-recipient"), actions(sari));
        assertFalse(sari.toString().contains(SARI), sari.toString());
        assertEquals("NIK 3374••••••••0003", sari.get(1).get("subject"));
        assertEquals(List.of("read-case"), actions(find("3374 0152 0290 0004", null, null, null, null)));
        assertEquals(List.of(), actions(find("3374015202900005", null, null, null, null)));
    }

    @Test
    void filtersByActorAndByDayInTheKiosksZone() {
        assertEquals(List.of("read-recipient"), actions(find(null, "joko", null, null, null)));
        assertEquals(List.of("read-receipt", "read-attachment"),
                actions(find(null, "RINA", LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 6), null)));
        assertEquals(List.of("read-case", "read-recipient"), actions(find(null, null, null, LocalDate.of(2026, 12, 5), null)));
        assertEquals(1, find(null, null, null, null, 1).size());
        assertEquals(List.of(), actions(find(null, "%", null, null, null))); // a wildcard is text, not "everyone"
    }

    @Test
    void aSearchFindsAReadRecordedJustBeforeIt() {
        trail.audit.record(new Actor("kiosk", "Anjungan", Role.RESIDENT, null), "read-receipt", "BPNT-2612-000003-1",
                "A6", BUDI);
        assertEquals(List.of("read-receipt", "read-case"), actions(find(BUDI, null, null, null, null)));
    }

    @Test
    void refusesAnInvalidNikOrLimit() {
        assertEquals(422, assertThrows(Problem.class, () -> find("3374••••••••0003", null, null, null, null)).status());
        assertEquals(422, assertThrows(Problem.class, () -> find(null, null, null, null, 0)).status());
        assertEquals(422, assertThrows(Problem.class, () -> find(null, null, null, null, 100_000)).status());
    }
}
