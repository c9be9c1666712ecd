package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.testkit.contract.RecipientListsContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The stored recipient lists on Derby pass the same cases as the testkit's in-memory ones. */
class StoredRecipientListsContractTest extends RecipientListsContract {

    @TempDir
    Path dir;
    private Database db;
    private final Threads threads = Threads.plain();

    @Override
    protected RecipientLists lists() {
        db = TestDatabase.open(dir);
        StoredRecipientLists lists = new StoredRecipientLists();
        lists.db = db;
        lists.threads = threads;
        return lists;
    }

    @AfterEach
    void close() {
        db.close();
        threads.close();
    }
}
