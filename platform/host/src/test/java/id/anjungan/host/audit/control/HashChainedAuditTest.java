package id.anjungan.host.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashChainedAuditTest {

    @TempDir
    Path dir;
    private Database db;
    private HashChainedAudit audit;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        audit = new HashChainedAudit();
        audit.db = db;
        audit.clock = new SystemClock();
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
        other.clock = new SystemClock();
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
}
