package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations on the database the integration tests run on (Derby, then PostgreSQL from {@code ./test}, each test
 * in a schema of its own there): a new database, and one the last release before Flyway created
 * ({@code db/release-before-flyway}), end with the same schema, and nothing is logged as a warning on the way.
 */
class DatabaseSchemaIT {

    private static final String PG = System.getProperty("anjungan.it.db.url", "");

    @TempDir
    Path dir;
    private final String schema = "schema_it_" + Long.toHexString(System.nanoTime());
    private final List<String> warnings = new ArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r.getLoggerName() + ": " + r.getMessage()
                        + (r.getThrown() == null ? "" : " " + r.getThrown()));
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
    void collect() throws SQLException {
        Logger.getLogger("").addHandler(collector);
        if (!PG.isEmpty()) {
            try (Connection c = connect(PG); Statement s = c.createStatement()) {
                s.executeUpdate("CREATE SCHEMA " + schema);
            }
        }
    }

    @AfterEach
    void stop() throws SQLException {
        Logger.getLogger("").removeHandler(collector);
        if (!PG.isEmpty()) {
            try (Connection c = connect(PG); Statement s = c.createStatement()) {
                s.executeUpdate("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aNewDatabaseIsMigratedToTheLatestVersionAndARestartMigratesNothing() throws Exception {
        open();
        assertEquals(List.of(), warnings, "creating the schema");
        try (Connection c = connect(url())) {
            assertEquals(List.of("1 SQL", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL", "9 SQL", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL", "15 SQL"), history(c));
            assertFalse(duplicateLedgerEntryStored(c), "the ledger's unique key");
        }
        open();
        assertEquals(List.of(), warnings, "restarting");
        try (Connection c = connect(url())) {
            assertEquals(List.of("1 SQL", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL", "9 SQL", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL", "15 SQL"), history(c));
        }
    }

    @Test
    void aDatabaseOfTheLastReleaseBeforeFlywayIsBaselinedKeepsItsRowsAndEndsLikeANewOne() throws Exception {
        try (Connection c = connect(url())) {
            load(c);
            c.createStatement().executeUpdate("INSERT INTO account (username, display_name) VALUES ('tksk', 'Bu Sri')");
        }
        open();
        assertEquals(List.of(), warnings, "adopting the schema");
        try (Connection c = connect(url())) {
            assertEquals(List.of("3 BASELINE", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL", "9 SQL", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL", "15 SQL"), history(c),
                    "the release's schema is version 3: only what came after it runs");
            assertEquals(newSchema(), describe(c));
            try (ResultSet r = c.createStatement().executeQuery("SELECT display_name FROM account")) {
                assertTrue(r.next());
                assertEquals("Bu Sri", r.getString(1));
            }
            assertFalse(duplicateLedgerEntryStored(c), "the ledger's unique key");
        }
        open(); // a restart after the adoption
        assertEquals(List.of(), warnings, "restarting");
    }

    @Test
    void aDatabaseOfAnOlderBuildGetsTheMigrationsItsSchemaLacks() throws Exception {
        try (Connection c = connect(url())) {
            load(c);
            c.createStatement().executeUpdate("DROP INDEX idx_case_step_tracking");
            for (String table : List.of("recipient_import", "recipient_list")) { // from before lists had a source
                c.createStatement().executeUpdate("ALTER TABLE " + table + " DROP COLUMN list_source");
            }
        }
        open();
        assertEquals(List.of(), warnings, "migrating");
        try (Connection c = connect(url())) {
            assertEquals(List.of("1 BASELINE", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL", "9 SQL", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL", "15 SQL"), history(c));
            assertEquals(newSchema(), describe(c));
        }
    }

    /** The schema a new database gets, described like {@link #describe}. */
    private Set<String> newSchema() throws Exception {
        String fresh = PG.isEmpty() ? "jdbc:derby:" + dir.resolve("fresh") + ";create=true" : null;
        if (fresh == null) {
            String other = schema + "_new";
            try (Connection c = connect(PG); Statement s = c.createStatement()) {
                s.executeUpdate("CREATE SCHEMA " + other);
            }
            try {
                open(withSchema(other));
                try (Connection c = connect(withSchema(other))) {
                    return describe(c);
                }
            } finally {
                try (Connection c = connect(PG); Statement s = c.createStatement()) {
                    s.executeUpdate("DROP SCHEMA " + other + " CASCADE");
                }
            }
        }
        open(fresh);
        try (Connection c = connect(fresh)) {
            return describe(c);
        }
    }

    /** Tables, columns (type, size, nullability), and indexes by their columns (Derby names a key's index itself). */
    private static Set<String> describe(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> found = new TreeSet<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet r = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String table = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals("flyway_schema_history")) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
        }
        for (String table : tables) {
            try (ResultSet r = meta.getColumns(null, c.getSchema(), table, "%")) {
                while (r.next()) {
                    found.add((table + "." + r.getString("COLUMN_NAME") + " " + r.getString("TYPE_NAME") + "("
                            + r.getInt("COLUMN_SIZE") + ") " + r.getString("IS_NULLABLE") + " "
                            + r.getString("COLUMN_DEF")).toLowerCase(Locale.ROOT));
                }
            }
            Map<String, List<String>> indexes = new java.util.TreeMap<>();
            try (ResultSet r = meta.getIndexInfo(null, c.getSchema(), table, false, false)) {
                while (r.next()) {
                    String name = r.getString("INDEX_NAME");
                    String key = (name.startsWith("SQL") || name.endsWith("_pkey") ? "" : name) + " unique="
                            + !r.getBoolean("NON_UNIQUE");
                    indexes.computeIfAbsent(key, k -> new ArrayList<>()).add(r.getString("COLUMN_NAME"));
                }
            }
            indexes.forEach((k, columns) -> found.add((table + " index " + k + " " + columns).toLowerCase(Locale.ROOT)));
        }
        return found;
    }

    /** The versions the history records; not the row saying Flyway created the schema (Derby's user schema). */
    private static List<String> history(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("SELECT \"version\", \"type\" FROM \"flyway_schema_history\""
                + " WHERE \"type\" <> 'SCHEMA' ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2));
            }
        }
        return rows;
    }

    /** Loads the release's schema as it dumped it. */
    private static void load(Connection c) throws Exception {
        String dialect = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby")
                ? "derby" : "postgresql";
        String sql;
        try (var in = DatabaseSchemaIT.class.getResourceAsStream("/db/release-before-flyway/" + dialect + ".sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement s = c.createStatement()) {
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    /** Whether a second ledger entry with the same ledger and sequence number could be stored (it is removed again). */
    private static boolean duplicateLedgerEntryStored(Connection c) throws SQLException {
        try (var insert = c.prepareStatement("INSERT INTO ledger_entry (id, ledger_name, seq_no) VALUES (?, 'it', 1)")) {
            insert.setLong(1, 1);
            insert.executeUpdate();
            insert.setLong(1, 2);
            try {
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                assertEquals("23505", e.getSQLState(), e.getMessage());
                return false;
            }
        } finally {
            c.createStatement().executeUpdate("DELETE FROM ledger_entry WHERE ledger_name = 'it'");
        }
    }

    private String url() {
        return PG.isEmpty() ? "jdbc:derby:" + dir.resolve("db") + ";create=true" : withSchema(schema);
    }

    private static String withSchema(String name) {
        return PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    private static Connection connect(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "anjungan");
        credentials.setProperty("password", "anjungan");
        java.sql.Driver driver = url.startsWith("jdbc:derby:") ? new org.apache.derby.jdbc.EmbeddedDriver()
                : new org.postgresql.Driver();
        return driver.connect(url, credentials);
    }

    private void open() {
        open(url());
    }

    private static void open(String url) {
        Database db = new Database();
        db.open(Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "anjungan",
                "jakarta.persistence.jdbc.password", "anjungan"));
        db.close();
    }
}
