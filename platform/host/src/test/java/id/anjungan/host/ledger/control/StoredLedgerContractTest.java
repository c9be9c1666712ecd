package id.anjungan.host.ledger.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.testkit.contract.LedgerContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The stored ledger on Derby passes the same cases as the testkit's in-memory one. */
class StoredLedgerContractTest extends LedgerContract {

    @TempDir
    Path dir;
    private Database db;

    @Override
    protected Ledger ledger() {
        db = TestDatabase.open(dir);
        StoredLedger ledger = new StoredLedger();
        ledger.db = db;
        ledger.clock = new SystemClock();
        return ledger;
    }

    @AfterEach
    void close() {
        db.close();
    }
}
