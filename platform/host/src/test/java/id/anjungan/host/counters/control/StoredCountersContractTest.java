package id.anjungan.host.counters.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.spi.platform.Counters;
import id.anjungan.testkit.contract.CountersContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The stored counters on Derby pass the same cases as the testkit's in-memory ones. */
class StoredCountersContractTest extends CountersContract {

    @TempDir
    Path dir;
    private Database db;

    @Override
    protected Counters counters() {
        db = TestDatabase.open(dir);
        return TestCounters.on(db);
    }

    @AfterEach
    void close() {
        db.close();
    }
}
