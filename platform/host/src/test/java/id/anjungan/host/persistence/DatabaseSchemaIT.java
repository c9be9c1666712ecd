package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema on the database the integration tests run on (Derby, then PostgreSQL from {@code ./test}): EclipseLink
 * reports a failed table or constraint only as a logged warning, so the log is what is checked.
 */
class DatabaseSchemaIT {

    @TempDir
    Path dir;
    private final List<String> warnings = new ArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown().getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void collect() {
        Logger.getLogger("").addHandler(collector);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(collector);
    }

    @Test
    void aRestartWithTheSameBuildGeneratesNothingAndWarnsOfNothing() throws Exception {
        String pg = System.getProperty("anjungan.it.db.url", "");
        String url = pg.isEmpty() ? "jdbc:derby:" + dir.resolve("db") + ";create=true" : pg;
        Map<String, String> settings = Map.of("jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "anjungan", "jakarta.persistence.jdbc.password", "anjungan");
        if (pg.isEmpty()) {
            Files.writeString(dir.resolve("db.schema"), "the marker file of an older build\n");
        }
        open(settings); // on Derby a new database: its whole schema is created here
        if (pg.isEmpty()) {
            assertEquals(List.of(), warnings, "creating the schema");
            assertFalse(Files.exists(dir.resolve("db.schema")), "an older build's marker file is removed");
        }
        warnings.clear();
        open(settings);
        assertEquals(List.of(), warnings, "restarting");
    }

    private static void open(Map<String, String> settings) {
        Database db = new Database();
        db.open(settings);
        db.close();
    }
}
