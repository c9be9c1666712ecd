package id.anjungan.host.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Indexes the queries inside write transactions need, added here like {@link UniqueKeys} so that an existing database
 * gets them too. Without the one on {@code case_step.tracking}, reading one case's history scanned every step,
 * waiting on the rows other officers' transactions had just written: officers moving different cases deadlocked.
 */
final class Indexes {

    record Index(String table, String name, List<String> columns) {
    }

    static final List<Index> INDEXES = List.of(
            new Index("case_step", "idx_case_step_tracking", List.of("tracking")));

    /** Derby's "exists" (PostgreSQL is asked IF NOT EXISTS, so its server log stays clean). */
    private static final String PRESENT = "X0Y32";

    private Indexes() {
    }

    /** Adds the indexes a database lacks; the tables exist already. */
    static void ensure(Connection c) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        for (Index index : INDEXES) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE INDEX " + (postgres ? "IF NOT EXISTS " : "") + index.name() + " ON "
                        + index.table() + " (" + String.join(", ", index.columns()) + ")");
            } catch (SQLException e) {
                if (!PRESENT.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }
}
