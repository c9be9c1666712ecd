package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
        boolean derby = url().startsWith("jdbc:derby:");
        Map<String, String> settings = settings();
        if (derby) {
            Files.writeString(dir.resolve("db.schema"), "the marker file of an older build\n");
        }
        open(settings); // on Derby a new database: its whole schema is created here
        if (derby) {
            assertEquals(List.of(), warnings, "creating the schema");
            assertFalse(Files.exists(dir.resolve("db.schema")), "an older build's marker file is removed");
        }
        warnings.clear();
        open(settings);
        assertEquals(List.of(), warnings, "restarting");
    }

    @Test
    void aNewBuildExtendsTheSchemaWithoutWarningsAndKeepsEveryUniqueKey() throws Exception {
        open(settings());
        try (Connection c = connect()) {
            new SchemaMarker("the entities of another build").record(c);
            c.createStatement().executeUpdate("ALTER TABLE ledger_entry DROP CONSTRAINT unq_ledger_entry_0");
            assertTrue(duplicateLedgerEntryStored(c), "without its key");
            c.createStatement().executeUpdate("DROP INDEX idx_case_step_tracking"); // a database of an older build
            assertFalse(hasIndex(c, "case_step", "idx_case_step_tracking"));
            for (String table : List.of("recipient_import", "recipient_list")) { // from before lists had a source
                c.createStatement().executeUpdate("ALTER TABLE " + table + " DROP COLUMN list_source");
                assertFalse(hasColumn(c, table, "list_source"));
            }
        }
        warnings.clear();
        open(settings()); // EclipseLink extends the existing schema, as after an upgrade
        assertEquals(List.of(), warnings, "extending the schema");
        try (Connection c = connect()) {
            assertFalse(duplicateLedgerEntryStored(c), "the key is back");
            assertTrue(hasIndex(c, "case_step", "idx_case_step_tracking"), "the index officers' writes need");
            assertTrue(hasColumn(c, "recipient_import", "list_source"), "an import's source");
            assertTrue(hasColumn(c, "recipient_list", "list_source"), "a published list's source");
            assertTrue(SchemaMarker.ofEntities().current(c));
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws java.sql.SQLException {
        var meta = c.getMetaData();
        boolean upper = meta.storesUpperCaseIdentifiers();
        try (var columns = meta.getColumns(null, null, upper ? table.toUpperCase(java.util.Locale.ROOT) : table,
                upper ? column.toUpperCase(java.util.Locale.ROOT) : column)) {
            return columns.next();
        }
    }

    private static boolean hasIndex(Connection c, String table, String index) throws java.sql.SQLException {
        var meta = c.getMetaData();
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(java.util.Locale.ROOT) : table;
        try (var indexes = meta.getIndexInfo(null, null, name, false, false)) {
            while (indexes.next()) {
                if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether a second ledger entry with the same ledger and sequence number could be stored (it is removed again). */
    private static boolean duplicateLedgerEntryStored(Connection c) throws java.sql.SQLException {
        String ledger = "schema-it-" + java.util.UUID.randomUUID();
        try (var insert = c.prepareStatement("INSERT INTO ledger_entry (id, ledger_name, seq_no) VALUES (?, ?, 1)")) {
            long id = Long.MAX_VALUE - java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
            insert.setLong(1, id);
            insert.setString(2, ledger);
            insert.executeUpdate();
            insert.setLong(1, id - 1);
            try {
                insert.executeUpdate();
                return true;
            } catch (java.sql.SQLException e) {
                assertEquals("23505", e.getSQLState(), e.getMessage());
                return false;
            }
        } finally {
            try (var delete = c.prepareStatement("DELETE FROM ledger_entry WHERE ledger_name = ?")) {
                delete.setString(1, ledger);
                delete.executeUpdate();
            }
        }
    }

    private String url() {
        String pg = System.getProperty("anjungan.it.db.url", "");
        return pg.isEmpty() ? "jdbc:derby:" + dir.resolve("db") + ";create=true" : pg;
    }

    private Map<String, String> settings() {
        return Map.of("jakarta.persistence.jdbc.url", url(), "jakarta.persistence.jdbc.user", "anjungan",
                "jakarta.persistence.jdbc.password", "anjungan");
    }

    private Connection connect() throws java.sql.SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "anjungan");
        credentials.setProperty("password", "anjungan");
        java.sql.Driver driver = url().startsWith("jdbc:derby:") ? new org.apache.derby.jdbc.EmbeddedDriver()
                : new org.postgresql.Driver();
        return driver.connect(url(), credentials);
    }

    private static void open(Map<String, String> settings) {
        Database db = new Database();
        db.open(settings);
        db.close();
    }
}
