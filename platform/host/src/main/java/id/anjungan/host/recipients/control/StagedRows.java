package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.RecipientRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Rows of an import, kept under a staging key no lookup sees until the period's list is pointed at them in one
 * transaction; discarded when the import fails. Plain JDBC batches: one {@code persist} per row is far too slow for a million.
 */
final class StagedRows {

    private static final String INSERT = "INSERT INTO recipient (id, program, period, nik, kk, full_name, address, "
            + "rt, rw, kelurahan, fields_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;
    private final String program;
    private final String staging;

    StagedRows(Database db, String program, String staging) {
        this.db = db;
        this.program = program;
        this.staging = staging;
    }

    /** Inserts one batch in its own transaction: {@code COPY} on PostgreSQL, a JDBC batch on Derby. */
    void add(List<RecipientRecord> rows) {
        long first = db.tx(em -> jdbc(em, c -> IdBlocks.reserve(c, rows.size())));
        db.tx(em -> jdbc(em, c -> {
            if (db.isDerby()) {
                insert(c, first, rows);
            } else {
                CopyRows.copy(c, program, staging, first, rows);
            }
            return null;
        }));
    }

    private void insert(Connection c, long first, List<RecipientRecord> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            long id = first;
            for (RecipientRecord r : rows) {
                insert.setLong(1, id++);
                insert.setString(2, program);
                insert.setString(3, staging);
                insert.setString(4, r.nik());
                insert.setString(5, r.kk());
                insert.setString(6, r.name());
                insert.setString(7, r.address());
                insert.setString(8, r.rt());
                insert.setString(9, r.rw());
                insert.setString(10, r.kelurahan());
                insert.setString(11, FieldsJson.write(r.fields()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Makes the staged rows the period's list in one small transaction (the rows stay where they are) and returns the
     * key of the rows it replaced, or {@code null}.
     */
    String publish(String period, long rows, Instant at) {
        String replaced = db.tx(em -> StoredRecipientLists.published(em, program, period, staging, rows, at));
        if (!db.isDerby()) {
            // after a bulk load PostgreSQL's planner still believes the table small and scans it for every lookup
            db.tx(em -> em.createNativeQuery("ANALYZE recipient").executeUpdate());
        }
        return replaced;
    }

    /** Deletes the rows of a list that was replaced; they are invisible already. */
    void drop(String storedAs) {
        db.tx(em -> jdbc(em, c -> update(c, "DELETE FROM recipient WHERE program = ? AND period = ?", program,
                storedAs)));
    }

    /** Deletes whatever was staged. */
    void discard() {
        db.tx(em -> jdbc(em, c -> update(c, "DELETE FROM recipient WHERE program = ? AND period = ?", program,
                staging)));
    }

    /** Deletes rows staged by imports a stopped server never finished, and replaced lists it never dropped. */
    static int discardAbandoned(Database db) {
        return db.tx(em -> jdbc(em, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM recipient WHERE period LIKE '~%' AND period "
                    + "NOT IN (SELECT stored_as FROM recipient_list WHERE stored_as IS NOT NULL)")) {
                return delete.executeUpdate();
            }
        }));
    }

    private static int update(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    private interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static <T> T jdbc(EntityManager em, JdbcWork<T> work) {
        try {
            return work.run(em.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }
}
