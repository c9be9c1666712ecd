package id.anjungan.host.audit.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;

/** The hash-chained audit log on a test database, for tests of other components. */
public final class TestAudits {

    private TestAudits() {
    }

    public static HashChainedAudit open(Database db, KioskClock clock) {
        HashChainedAudit audit = new HashChainedAudit();
        audit.db = db;
        audit.clock = clock;
        audit.threads = Threads.plain();
        audit.useKeys(HashChainedAuditTest.KEYS);
        return audit;
    }
}
