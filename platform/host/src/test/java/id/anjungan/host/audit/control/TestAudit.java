package id.anjungan.host.audit.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;

/** The hash-chained audit on a test database with a test key, for tests of other components. */
public final class TestAudit {

    private TestAudit() {
    }

    public static HashChainedAudit on(Database db, KioskClock clock, Threads threads) {
        HashChainedAudit audit = new HashChainedAudit();
        audit.db = db;
        audit.clock = clock;
        audit.threads = threads;
        audit.useKeys(HashChainedAuditTest.KEYS);
        return audit;
    }
}
