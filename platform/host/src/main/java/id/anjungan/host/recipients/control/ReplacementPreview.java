package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.recipients.entity.RecipientListRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Optional;

/**
 * What replacing the published list with an imported one would change: how many of today's recipients the new list no
 * longer holds. The admin sees it before the list is replaced, since a recipient left out loses aid.
 *
 * @param published recipients on the list in force
 * @param dropped those of them the new list does not hold
 */
record ReplacementPreview(long published, long dropped) {

    private static final java.util.regex.Pattern NIK = java.util.regex.Pattern.compile("[0-9]{16}");

    /** The preview against the published list of the import's program and period, or empty when there is none. */
    static Optional<ReplacementPreview> of(Database db, String program, String period, long[] sortedNiks) {
        Optional<RecipientListRow> current = Optional.ofNullable(db.read(em -> em.find(RecipientListRow.class,
                RecipientListRow.key(program, period))));
        return current.filter(list -> ListTables.isListTable(list.storedAs))
                .map(list -> new ReplacementPreview(list.rows, dropped(db, list.storedAs, sortedNiks)));
    }

    private static long dropped(Database db, String table, long[] sortedNiks) {
        return db.tx(em -> Database.jdbc(em, c -> {
            long missing = 0;
            try (PreparedStatement query = c.prepareStatement("SELECT nik FROM " + ListTables.checked(table))) {
                query.setFetchSize(4096); // in pieces, as NikIndex reads a list: not a million rows in the heap at once
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String nik = rows.getString(1).trim();
                        // the new list holds only valid NIKs: anything else on the old one is dropped by it
                        if (!NIK.matcher(nik).matches() || Arrays.binarySearch(sortedNiks, Long.parseLong(nik)) < 0) {
                            missing++;
                        }
                    }
                }
            }
            return missing;
        }));
    }
}
