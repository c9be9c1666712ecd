package id.anjungan.host.identity.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.spi.platform.ResidentRegistry;
import id.anjungan.testkit.contract.ResidentRegistryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The stored residents on Derby pass the same cases as the testkit's in-memory ones. */
class StoredResidentsContractTest extends ResidentRegistryContract {

    @TempDir
    Path dir;
    private Database db;

    @Override
    protected ResidentRegistry residents() {
        db = TestDatabase.open(dir);
        StoredResidents residents = new StoredResidents();
        residents.db = db;
        residents.clock = new SystemClock();
        return residents;
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }
}
