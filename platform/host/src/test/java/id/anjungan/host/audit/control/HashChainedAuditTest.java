package id.anjungan.host.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashChainedAuditTest {

    static final SubjectKeys KEYS = new SubjectKeys("test key".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @TempDir
    Path dir;
    private Database db;
    private HashChainedAudit audit;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        audit = new HashChainedAudit();
        audit.db = db;
        audit.threads = Threads.plain();
        audit.clock = new SystemClock();
        audit.useKeys(KEYS);
        Actor psm = new Actor("psm", "Pak Joko", Role.PSM, "3374014101800003");
        for (int i = 0; i < 5; i++) {
            audit.record(psm, "read-recipient", "NIK 3374014101800003", "lookup " + i);
        }
        audit.flush();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void intactChainAndNoFullNikStored() {
        assertTrue(audit.verify().intact());
        String stored = db.read(em -> (String) em.createNativeQuery("SELECT subject FROM audit_entry WHERE seq_no = 1")
                .getSingleResult());
        assertEquals("NIK 3374••••••••0003", stored);
        String actor = db.read(em -> (String) em.createNativeQuery("SELECT actor_name FROM audit_entry WHERE seq_no = 1")
                .getSingleResult());
        assertEquals("Pak Joko (PSM) untuk 3374••••••••0003", actor);
    }

    @Test
    void entriesWrittenWhileVerifyingAreNotTakenForTampering() throws Exception {
        // another kiosk server on the same database keeps writing while this one verifies
        HashChainedAudit other = new HashChainedAudit();
        other.db = db;
        other.threads = Threads.plain();
        other.clock = new SystemClock();
        other.useKeys(KEYS);
        Actor kiosk = new Actor("kiosk", "Anjungan", Role.RESIDENT, null);
        Thread writing = new Thread(() -> {
            for (int i = 0; i < 400; i++) {
                other.record(kiosk, "read-recipient", "NIK 3374014101800003", "lookup " + i);
                if (i % 20 == 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
                }
            }
        });
        writing.start();
        try {
            while (writing.isAlive()) {
                id.anjungan.spi.platform.Verification v = audit.verify();
                assertTrue(v.intact(), "verified while entries were written: " + v.problem());
            }
        } finally {
            writing.join();
        }
        other.flush();
        assertEquals(405, audit.verify().entries());
    }

    @Test
    void detectsAnAlteredEntry() {
        db.tx(em -> em.createNativeQuery("UPDATE audit_entry SET detail = 'nothing' WHERE seq_no = 3").executeUpdate());
        assertEquals(3, audit.verify().firstBroken());
    }

    @Test
    void detectsADeletedEntryInTheMiddleOrAtTheEnd() {
        db.tx(em -> em.createNativeQuery("DELETE FROM audit_entry WHERE seq_no = 5").executeUpdate());
        assertFalse(audit.verify().intact());
        db.tx(em -> em.createNativeQuery("DELETE FROM audit_entry WHERE seq_no = 2").executeUpdate());
        assertEquals(2, audit.verify().firstBroken());
    }

    @Test
    void detectsReorderedEntries() {
        db.tx(em -> {
            em.createNativeQuery("UPDATE audit_entry SET seq_no = 100 WHERE seq_no = 2").executeUpdate();
            em.createNativeQuery("UPDATE audit_entry SET seq_no = 2 WHERE seq_no = 3").executeUpdate();
            return em.createNativeQuery("UPDATE audit_entry SET seq_no = 3 WHERE seq_no = 100").executeUpdate();
        });
        assertEquals(2, audit.verify().firstBroken());
    }

    private static final Actor TKSK = new Actor("tksk", "Bu Rina", Role.TKSK, null);

    private static void openCase(jakarta.persistence.EntityManager em, String tracking) {
        id.anjungan.host.cases.entity.CaseRow row = new id.anjungan.host.cases.entity.CaseRow();
        row.tracking = tracking;
        row.program = "BPNT";
        row.service = "daftar";
        row.state = "diajukan";
        row.subjectNik = "3374014101800003";
        row.created = java.time.Instant.now();
        em.persist(row);
    }

    private long cases() {
        return db.read(em -> em.createQuery("select count(c) from CaseRow c", Long.class).getSingleResult());
    }

    private long entries(String action) {
        return db.read(em -> em.createQuery("select count(a) from AuditRow a where a.action = :a", Long.class)
                .setParameter("a", action).getSingleResult());
    }

    @Test
    void anEntryRecordedInTheActionsTransactionCommitsAndRollsBackWithIt() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> db.tx(em -> {
            openCase(em, "BPNT-2612-000001-5");
            audit.record(em, TKSK, HashChainedAudit.CASE_OPEN, "BPNT-2612-000001-5", "BPNT/daftar", "3374014101800003");
            throw new IllegalStateException("the process dies before the commit");
        }));
        assertEquals(0, cases());
        assertEquals(0, entries(HashChainedAudit.CASE_OPEN));
        assertTrue(audit.verify().intact());

        db.tx(em -> {
            openCase(em, "BPNT-2612-000002-3");
            audit.record(em, TKSK, HashChainedAudit.CASE_OPEN, "BPNT-2612-000002-3", "BPNT/daftar", "3374014101800003");
            return null;
        });
        // committed together, nothing waits in a queue: a kill -9 now loses neither
        assertEquals(1, cases());
        assertEquals(1, entries(HashChainedAudit.CASE_OPEN));
        assertTrue(audit.verify().intact());
    }

    @Test
    void verifyReportsACaseWithoutTheEntryThatOpenedIt() {
        db.tx(em -> {
            openCase(em, "BPNT-2612-000003-1");
            audit.record(em, TKSK, HashChainedAudit.CASE_OPEN, "BPNT-2612-000003-1", "BPNT/daftar", null);
            return null;
        });
        db.tx(em -> {
            openCase(em, "BPNT-2612-000004-9"); // as the asynchronous writer left it when killed
            return null;
        });
        id.anjungan.spi.platform.Verification v = audit.verify();
        assertFalse(v.intact());
        assertTrue(v.problem().contains("BPNT-2612-000004-9"), v.problem());
        assertFalse(v.problem().contains("BPNT-2612-000003-1"), v.problem());
    }

    @Test
    void entriesInTransactionsAndQueuedEntriesChainConsistentlyWhenConcurrent() throws Exception {
        int threads = 6;
        int each = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    String tracking = "T" + thread + "-" + i;
                    db.tx(em -> {
                        openCase(em, tracking);
                        audit.record(em, TKSK, HashChainedAudit.CASE_OPEN, tracking, "x", null);
                        return null;
                    });
                    audit.record(TKSK, "read-case", tracking, "staff view");
                }
                return null;
            }));
        }
        java.util.concurrent.atomic.AtomicBoolean opening = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<String> broken = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread verifying = new Thread(() -> {
            while (opening.get()) { // a case and its entry commit together: verify never sees the one without the other
                id.anjungan.spi.platform.Verification v = audit.verify();
                if (!v.intact()) {
                    broken.add(v.problem());
                }
            }
        });
        start.countDown();
        verifying.start();
        try {
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            opening.set(false);
            verifying.join();
            pool.shutdown();
        }
        assertEquals(java.util.List.of(), broken);
        id.anjungan.spi.platform.Verification v = audit.verify();
        assertTrue(v.intact(), v.problem());
        assertEquals(5 + 2L * threads * each, v.entries());
    }

    @Test
    void recordNowIsCommittedWhenItReturns() {
        audit.recordNow(TKSK, "module-install", "BPNT", "version 1.0.0");
        assertEquals(1, entries("module-install")); // not queued: visible at once
        assertTrue(audit.verify().intact());
    }

    @Test
    void entriesAboutAPersonCarryAKeyedHashNotTheNik() {
        String key = db.read(em -> (String) em.createNativeQuery("SELECT subject_key FROM audit_entry WHERE seq_no = 1")
                .getSingleResult());
        assertEquals(KEYS.of("3374014101800003"), key); // the PSM acted for this resident
        assertFalse(key.contains("3374014101800003"));
        assertEquals(null, KEYS.of("3374••••••••0003"));
        SubjectKeys other = new SubjectKeys("another key".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(other.of("3374014101800003").equals(key));
    }

    @Test
    void aKeyedHashCannotBeAlteredUnnoticed() {
        db.tx(em -> em.createNativeQuery("UPDATE audit_entry SET subject_key = NULL WHERE seq_no = 4").executeUpdate());
        assertEquals(4, audit.verify().firstBroken());
    }
}
