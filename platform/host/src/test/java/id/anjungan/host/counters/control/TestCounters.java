package id.anjungan.host.counters.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.platform.control.SystemClock;

/** The stored counters on a test database, for tests of other components. */
public final class TestCounters {

    private TestCounters() {
    }

    public static StoredCounters on(Database db) {
        StoredCounters counters = new StoredCounters();
        counters.db = db;
        counters.clock = new SystemClock();
        return counters;
    }
}
