package id.anjungan.host.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * The unique keys of the schema, added here instead of by {@code @UniqueConstraint}: when EclipseLink extends an
 * existing schema (a new build) it adds every annotated constraint again, and logs each failure with a stack trace.
 * The names are the ones EclipseLink gave them, so databases it created have them already.
 */
final class UniqueKeys {

    record Key(String table, String name, List<String> columns) {
    }

    static final List<Key> KEYS = List.of(
            new Key("ledger_entry", "unq_ledger_entry_0", List.of("ledger_name", "seq_no")),
            new Key("quota_slot", "unq_quota_slot_0", List.of("quota_name", "holder")));

    /**
     * What the databases answer when the key is there already: Derby's "same set of columns as an existing
     * constraint" and "exists", PostgreSQL's "relation (its index) exists" and "constraint exists". Derby backs a
     * unique key on nullable columns with an index its metadata calls non-unique, so asking first is not reliable.
     */
    private static final Set<String> PRESENT = Set.of("42Z93", "X0Y32", "42P07", "42710");

    private UniqueKeys() {
    }

    /** Adds the keys a database lacks; the tables exist already. */
    static void ensure(Connection c) throws SQLException {
        for (Key key : KEYS) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " UNIQUE ("
                        + String.join(", ", key.columns()) + ")");
            } catch (SQLException e) {
                if (!PRESENT.contains(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }
}
