package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.platform.RecipientRecord;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database of an older build, which kept every list in one shared table, is upgraded without losing a row. */
class LegacyRecipientRowsTest {

    @TempDir
    Path home;

    @Test
    void listsOfTheSharedTableMoveIntoTablesOfTheirOwn() {
        try (ImportFixture f = new ImportFixture(home)) {
            f.db.tx(em -> Database.jdbc(em, c -> {
                ListTables.execute(c, "CREATE TABLE recipient (id BIGINT NOT NULL PRIMARY KEY, program VARCHAR(16), "
                        + "period VARCHAR(40), nik VARCHAR(16), kk VARCHAR(16), full_name VARCHAR(200), "
                        + "address VARCHAR(300), rt VARCHAR(3), rw VARCHAR(3), kelurahan VARCHAR(80), "
                        + "fields_json VARCHAR(4000))");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO recipient VALUES (?, ?, ?, ?, ?, ?, ?, "
                        + "'001', '002', 'Pekunden', ?)")) {
                    Object[][] rows = {
                        {"BPNT", "~import-0a1b", 1, "{\"amount\":\"200000\"}"}, // an imported list, published
                        {"BPNT", "~import-0a1b", 2, "{}"},
                        {"BPNT", "2026-10", 1, "{}"}, // its predecessor, replaced but never deleted
                        {"KJS", "2026-Q4", 3, "{}"}, // stored before lists were recorded
                        {"KJS", "~import-dead", 4, "{}"}}; // an import that never finished
                    for (int i = 0; i < rows.length; i++) {
                        int n = (Integer) rows[i][2];
                        insert.setLong(1, i + 1);
                        insert.setString(2, (String) rows[i][0]);
                        insert.setString(3, (String) rows[i][1]);
                        insert.setString(4, ImportFixture.nik(n));
                        insert.setString(5, ImportFixture.kk(n));
                        insert.setString(6, "Warga " + n);
                        insert.setString(7, "Jl. Pemuda " + n);
                        insert.setString(8, (String) rows[i][3]);
                        insert.executeUpdate();
                    }
                }
                ListTables.execute(c, "INSERT INTO recipient_list (list_key, program, period, stored_as, row_count) "
                        + "VALUES ('BPNT/2026-11', 'BPNT', '2026-11', '~import-0a1b', 2)");
                return null;
            }));

            f.importer.prepareStorage();

            assertEquals(List.of("2026-11"), f.lists.periods("BPNT"));
            assertEquals(List.of("Warga 1", "Warga 2"), f.lists.list("BPNT", "2026-11").stream()
                    .map(RecipientRecord::name).toList());
            assertEquals(Map.of("amount", "200000"), f.lists.find("BPNT", ImportFixture.nik(1)).orElseThrow().fields());
            assertEquals(List.of("2026-Q4"), f.lists.periods("KJS"));
            assertTrue(f.lists.find("KJS", ImportFixture.nik(4)).isEmpty());
            assertEquals("Warga 3", f.lists.newestEntries(ImportFixture.nik(3)).get("KJS").name());
            assertEquals(3, f.rows(), "the replaced list and the unfinished import are not carried over");
            boolean shared = f.db.tx(em -> Database.jdbc(em, c -> ListTables.exists(c, "recipient")));
            assertFalse(shared, "the shared table is dropped");

            f.importer.prepareStorage(); // a second start finds nothing to move
            assertEquals(3, f.rows());
        }
    }
}
