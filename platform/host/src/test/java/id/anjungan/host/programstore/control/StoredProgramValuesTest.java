package id.anjungan.host.programstore.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.spi.platform.ProgramStore;
import id.anjungan.testkit.contract.ProgramStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class StoredProgramValuesTest extends ProgramStoreContract {

    @TempDir
    Path dir;
    private Database db;
    private StoredProgramValues values;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        values = new StoredProgramValues();
        values.db = db;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected ProgramStore store(String program) {
        return values.forProgram(program);
    }
}
