package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.RecipientRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The table an import fills, invisible until the period's list is pointed at it in one transaction; dropped when the
 * import fails. Plain JDBC batches, or {@code COPY} on PostgreSQL: one {@code persist} per row is far too slow for a
 * million.
 */
final class StagedRows {

    private final Database db;
    private final String program;
    private final String table = ListTables.newName();

    StagedRows(Database db, String program) {
        this.db = db;
        this.program = program;
    }

    String table() {
        return table;
    }

    /** Creates the (empty, unindexed) table. */
    void create() {
        db.tx(em -> Database.jdbc(em, c -> {
            ListTables.create(c, table);
            if (db.isDerby()) {
                ensureFeedFunction(c);
            }
            return null;
        }));
    }

    /** Where the import hands its batches: Derby loads them in one statement, PostgreSQL copies batch by batch. */
    RowSink sink(int writers, Threads threads) {
        return db.isDerby() ? new DerbyBulkLoad(this, threads.named("recipient-import-loader"))
                : new StagingWriter(this, writers, threads.named("recipient-import-writer"));
    }

    /** Loads every row the import feeds, in one statement and transaction (Derby). */
    void load(String feed) {
        db.tx(em -> Database.jdbc(em, c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + ListTables.COLUMNS
                    + ") SELECT * FROM TABLE (" + ImportFeed.FUNCTION + "(?)) AS fed")) {
                insert.setString(1, feed);
                return insert.executeUpdate();
            }
        }));
    }

    private static void ensureFeedFunction(Connection c) throws SQLException {
        try (PreparedStatement known = c.prepareStatement("SELECT javaclassname FROM sys.sysaliases WHERE alias = ?")) {
            known.setString(1, ImportFeed.FUNCTION.toUpperCase(java.util.Locale.ROOT));
            try (ResultSet rs = known.executeQuery()) {
                if (rs.next()) {
                    if (rs.getString(1).equals(ImportFeed.class.getName())) {
                        return;
                    }
                    ListTables.execute(c, "DROP FUNCTION " + ImportFeed.FUNCTION);
                }
            }
        }
        try (java.sql.Statement create = c.createStatement()) {
            create.execute(ImportFeed.createFunction());
        } catch (SQLException e) {
            if (!"X0Y68".equals(e.getSQLState())) { // created a moment ago by an import running beside this one
                throw e;
            }
        }
    }

    /** Appends one batch in its own transaction (PostgreSQL). */
    void add(List<RecipientRecord> rows) {
        db.tx(em -> Database.jdbc(em, c -> {
            if (db.isDerby()) {
                ListTables.insert(c, table, rows);
            } else {
                CopyRows.copy(c, table, rows);
            }
            return null;
        }));
    }

    /**
     * Indexes the table and makes it the period's list in one small transaction; returns the table (or older key) of
     * the list it replaced, or {@code null}.
     */
    String publish(String period, String source, long rows, Instant at, ListPublishing publishing) {
        db.tx(em -> Database.jdbc(em, c -> {
            ListTables.index(c, table);
            return null;
        }));
        if (!db.isDerby()) {
            // now, not later: after a bulk load PostgreSQL's planner believes the table empty, and autovacuum would
            // read all of it again while the first residents look themselves up (outside a transaction, as VACUUM must)
            db.autoCommitted(c -> {
                ListTables.execute(c, "VACUUM (FREEZE, ANALYZE) " + table);
                return null;
            });
        }
        try {
            return db.tx(em -> {
                String replaced = StoredRecipientLists.published(em, program, period, source, table, rows, at);
                publishing.publishing(em, program, period, source, rows);
                return replaced;
            });
        } finally {
            StoredRecipientLists.forgetPointers(); // a lookup during the commit may have remembered the list before
        }
    }

    /** Drops the table of a list that was replaced; nothing points at it any more. */
    void drop(String replaced) {
        if (ListTables.isListTable(replaced)) {
            db.tx(em -> Database.jdbc(em, c -> {
                ListTables.drop(c, replaced);
                return null;
            }));
        }
    }

    /** Drops whatever was staged. */
    void discard() {
        db.tx(em -> Database.jdbc(em, c -> {
            if (ListTables.exists(c, table)) {
                ListTables.drop(c, table);
            }
            return null;
        }));
    }

    /**
     * Drops the tables of imports a stopped server never finished, and of replaced lists it never dropped (on a shared
     * database only those a day old: see {@link ListTables#abandoned}).
     */
    /** Drops the list tables nothing points at that were created before {@code serverStarted} (see ListTables). */
    static int discardAbandoned(Database db, Instant serverStarted) {
        return db.tx(em -> Database.jdbc(em, c -> {
            Set<String> used = new HashSet<>(em.createQuery("select l.storedAs from RecipientListRow l", String.class)
                    .getResultList());
            int dropped = 0;
            Instant before = ListTables.droppableBefore(serverStarted, Instant.now(), !db.isDerby());
            for (String table : ListTables.existing(c)) {
                if (!used.contains(table) && ListTables.abandoned(table, before)) {
                    ListTables.drop(c, table);
                    dropped++;
                }
            }
            return dropped;
        }));
    }
}
