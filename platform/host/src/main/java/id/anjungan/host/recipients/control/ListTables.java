package id.anjungan.host.recipients.control;

import id.anjungan.spi.platform.RecipientRecord;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every recipient list lives in a table of its own, named {@code rcp_} and twelve hex digits. An import fills a new
 * table that has no index yet (appending rows is all the database does), indexes it once at the end (one sort instead
 * of a million random index inserts, which made a Derby import three times slower), and publishing points the list
 * at it; the list it replaces is dropped in one statement instead of deleting a million rows.
 */
final class ListTables {

    static final String COLUMNS = "nik, kk, full_name, address, rt, rw, kelurahan, fields_json";
    static final int COLUMN_COUNT = 8;
    /** rcp_, the creation time (8 hex digits of epoch seconds) and 6 random hex digits. */
    private static final Pattern NAME = Pattern.compile("rcp_[0-9a-f]{12,14}");
    /** Longer than any import takes: an unused table younger than this may be another server's import. */
    static final Duration SHARED_GRACE = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ListTables() {
    }

    /** A fresh table name. */
    static String newName() {
        return newName(Instant.now());
    }

    static String newName(Instant created) {
        byte[] id = new byte[3];
        RANDOM.nextBytes(id);
        return "rcp_" + String.format("%08x", created.getEpochSecond()) + HexFormat.of().formatHex(id);
    }

    /**
     * Whether a table nothing points at may be dropped: when it was created before {@code createdBefore}. On an
     * embedded database that is the moment this server started (only this server imports into it, and its imports
     * start later); on a shared one a day ago ({@link #SHARED_GRACE}), since another kiosk server may be filling it
     * right now. A name carries its creation second, so a table of the very second {@code createdBefore} is kept.
     */
    static boolean abandoned(String table, Instant createdBefore) {
        if (table.length() != "rcp_".length() + 14) {
            return true; // named before names carried their creation time
        }
        Instant created = Instant.ofEpochSecond(Long.parseLong(table.substring(4, 12), 16));
        return !created.plusSeconds(1).isAfter(createdBefore);
    }

    /** Tables created before this may be dropped when nothing points at them (see {@link #abandoned}). */
    static Instant droppableBefore(Instant serverStarted, Instant now, boolean shared) {
        return shared ? now.minus(SHARED_GRACE) : serverStarted;
    }

    static boolean isListTable(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The name, once it is known to be one of ours: the only text ever spliced into SQL here. */
    static String checked(String name) {
        if (!isListTable(name)) {
            throw new IllegalArgumentException("not a recipient list table: " + name);
        }
        return name;
    }

    /**
     * Creates an empty list table. On Derby with 4 KB pages: a row could exceed 4 KB, so Derby would pick 32 KB pages,
     * and then every status lookup that misses the page cache reads, checksums and allocates 32 KB for one row (and
     * the cache, shared with the 4 KB pages of every other table, keeps reallocating its buffers). The rare longer
     * row spills onto an overflow page.
     */
    static void create(Connection c, String table) throws SQLException {
        boolean derby = c.getMetaData().getDatabaseProductName().startsWith("Apache Derby");
        if (derby) {
            execute(c, "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.pageSize', '4096')");
        }
        execute(c, "CREATE TABLE " + checked(table) + " (nik CHAR(16) NOT NULL, kk VARCHAR(16), full_name VARCHAR(200), "
                + "address VARCHAR(300), rt VARCHAR(3), rw VARCHAR(3), kelurahan VARCHAR(80), fields_json VARCHAR(4000))");
        if (derby) { // every other table keeps Derby's own choice
            execute(c, "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.pageSize', NULL)");
        }
    }

    /** Indexes a filled table; the NIKs are unique already (the import drops repeated ones). */
    static void index(Connection c, String table) throws SQLException {
        execute(c, "CREATE UNIQUE INDEX " + checked(table) + "_nik ON " + table + " (nik)");
    }

    static void drop(Connection c, String table) throws SQLException {
        execute(c, "DROP TABLE " + checked(table));
    }

    /** Every list table in the database, used or not. */
    static List<String> existing(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (isListTable(name) && sameSchema(c, rs.getString("TABLE_SCHEM"))) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    /** Whether a table of that name exists in the connection's schema (any name, e.g. an older build's). */
    static boolean exists(Connection c, String table) throws SQLException {
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameSchema(Connection c, String schema) throws SQLException {
        return schema == null || schema.equalsIgnoreCase(c.getSchema());
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Inserts rows with one JDBC batch. */
    static void insert(Connection c, String table, List<RecipientRecord> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + checked(table) + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RecipientRecord r : rows) {
                insert.setString(1, r.nik());
                insert.setString(2, r.kk());
                insert.setString(3, r.name());
                insert.setString(4, r.address());
                insert.setString(5, r.rt());
                insert.setString(6, r.rw());
                insert.setString(7, r.kelurahan());
                insert.setString(8, FieldsJson.write(r.fields()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
