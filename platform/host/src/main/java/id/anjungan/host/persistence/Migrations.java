package id.anjungan.host.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the version this build needs with Flyway, before the persistence unit opens: the migrations
 * in {@code db/migration/common} and those of the database's own dialect ({@code db/migration/derby} or
 * {@code db/migration/postgresql}), one history for both. A database that an earlier release created through
 * EclipseLink has no history yet: it is baselined at the version its tables match, and only later migrations run.
 */
final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    /** SchemaMarker's table: what releases before Flyway kept to skip schema generation; the history replaces it. */
    private static final String OLD_MARKER = "anjungan_schema";
    /**
     * Flyway warns at every start that it was verified with Derby up to 10.15. The kiosk needs 10.16 (the first for
     * Java 17 with its split jars), which DatabaseSchemaIT migrates on every build; that one warning is dropped so that
     * a warning in the kiosk's log always means something. Held here: the logging keeps loggers only weakly.
     */
    private static final Logger FLYWAY_DATABASE = Logger.getLogger("org.flywaydb.core.internal.database.base.Database");

    static {
        FLYWAY_DATABASE.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Using Derby ")
                || !r.getMessage().contains("newer than the version Flyway has been verified with"));
    }

    private Migrations() {
    }

    static void apply(DataSource pool, boolean derby) {
        String version = adopt(pool);
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(pool)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + (derby ? "derby" : "postgresql"))
                // only a schema that holds tables but no history is baselined (an empty one migrates from V1)
                .baselineOnMigrate(true)
                .baselineVersion(version)
                .baselineDescription("schema of a release before Flyway")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " (" + applied
                + " migrations applied now)");
    }

    /**
     * The version an existing schema without history matches ("0" when it holds no kiosk tables); its old marker table
     * goes. Each later version is recognised by what it added, checked in order.
     */
    static String adopt(DataSource pool) {
        try (Connection c = pool.getConnection()) {
            if (has(c, "flyway_schema_history", null) || !has(c, "ledger_entry", null)) {
                return "0";
            }
            if (has(c, OLD_MARKER, null)) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DROP TABLE " + OLD_MARKER);
                }
            }
            if (!hasIndex(c, "case_step", "idx_case_step_tracking")) {
                return "1";
            }
            return has(c, "recipient_list", "list_source") ? "3" : "2";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's schema (" + e.getSQLState() + ")", e);
        }
    }

    private static boolean has(Connection c, String table, String column) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet found = column == null
                ? meta.getTables(null, c.getSchema(), name(meta, table), new String[] {"TABLE"})
                : meta.getColumns(null, c.getSchema(), name(meta, table), name(meta, column))) {
            return found.next();
        }
    }

    private static boolean hasIndex(Connection c, String table, String index) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet indexes = meta.getIndexInfo(null, c.getSchema(), name(meta, table), false, false)) {
            while (indexes.next()) {
                if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Unquoted identifiers as the database stores them: upper case on Derby, lower case on PostgreSQL. */
    private static String name(DatabaseMetaData meta, String identifier) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? identifier.toUpperCase(Locale.ROOT) : identifier;
    }
}
