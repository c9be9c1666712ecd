package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.recipients.entity.RecipientListRow;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves the lists an older build kept in one shared {@code recipient} table (keyed by program and period, or by the
 * key of the import that filled it) into tables of their own, then drops the shared table: one transaction, once.
 */
final class LegacyRecipientRows {

    private LegacyRecipientRows() {
    }

    /** Returns how many lists were moved; 0 when there is no shared table (a new or an upgraded database). */
    static int migrate(Database db) {
        return db.tx(em -> Database.jdbc(em, c -> {
            if (!ListTables.exists(c, "recipient")) {
                return 0;
            }
            Map<RecipientListRow, String> sources = sources(em, c);
            for (Map.Entry<RecipientListRow, String> list : sources.entrySet()) {
                String table = ListTables.newName();
                ListTables.create(c, table);
                long rows;
                try (PreparedStatement copy = c.prepareStatement("INSERT INTO " + table + " (" + ListTables.COLUMNS
                        + ") SELECT " + ListTables.COLUMNS + " FROM recipient WHERE program = ? AND period = ?")) {
                    copy.setString(1, list.getKey().program);
                    copy.setString(2, list.getValue());
                    rows = copy.executeUpdate();
                }
                ListTables.index(c, table);
                RecipientListRow row = list.getKey();
                StoredRecipientLists.published(em, row.program, row.period, row.source, table, rows,
                        row.updated == null ? Instant.now() : row.updated);
            }
            ListTables.execute(c, "DROP TABLE recipient");
            return sources.size();
        }));
    }

    /** Each list to move, with the key its rows carry in the shared table's period column. */
    private static Map<RecipientListRow, String> sources(EntityManager em, Connection c) throws SQLException {
        Map<RecipientListRow, String> sources = new LinkedHashMap<>();
        Map<String, RecipientListRow> recorded = new LinkedHashMap<>();
        for (RecipientListRow list : em.createQuery("select l from RecipientListRow l", RecipientListRow.class)
                .getResultList()) {
            recorded.put(list.key, list);
            if (!ListTables.isListTable(list.storedAs)) {
                sources.put(list, list.storedAs == null ? list.period : list.storedAs);
            }
        }
        // rows stored before lists were recorded in recipient_list, which the older build showed only for a program
        // with no recorded list; rows of unfinished imports ('~…') are dropped
        try (PreparedStatement periods = c.prepareStatement(
                "SELECT DISTINCT program, period FROM recipient WHERE period NOT LIKE '~%'");
                ResultSet rs = periods.executeQuery()) {
            while (rs.next()) {
                RecipientListRow list = new RecipientListRow();
                list.program = rs.getString(1);
                list.period = rs.getString(2);
                list.key = RecipientListRow.key(list.program, list.period);
                if (recorded.values().stream().noneMatch(l -> l.program.equals(list.program))) {
                    sources.put(list, list.period);
                }
            }
        }
        return sources;
    }
}
