package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.platform.RecipientRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A NIK's entries in the newest list of every program, found without an index on the NIK alone. */
class NewestEntriesTest {

    @TempDir
    Path home;

    @Test
    void findsTheNewestListOfEachProgramOnly() {
        try (ImportFixture f = new ImportFixture(home)) {
            String nik = ImportFixture.nik(7);
            importLines(f, "BPNT", "2026-10", RecipientImportTest.line(7));
            importLines(f, "BPNT", "2026-11", RecipientImportTest.line(7).replace("Jl. Pandanaran", "Jl. Pemuda"));
            importLines(f, "KJS", "2026-Q4", RecipientImportTest.line(8));
            f.lists.put("PKH", "2026-11", List.of(new RecipientRecord("PKH", "2026-11", nik, ImportFixture.kk(7),
                    "Warga 7", "Jl. Pemuda 7", "001", "002", "Pekunden", Map.of("amount", "1"))));

            Map<String, RecipientRecord> entries = f.lists.newestEntries(nik);
            assertEquals(List.of("BPNT", "PKH"), entries.keySet().stream().sorted().toList());
            RecipientRecord bpnt = entries.get("BPNT");
            assertEquals("2026-11", bpnt.period());
            assertEquals("Jl. Pemuda 7", bpnt.address());
            assertEquals(Map.of("amount", "200000", "channel", "BNI"), bpnt.fields());
            assertEquals(List.of("BPNT", "PKH"), f.lists.programsOf(nik));
            assertTrue(f.lists.newestEntries(ImportFixture.nik(9)).isEmpty());
        }
    }

    @Test
    void aListReplacedByAnotherServerIsReadFromItsNewTable() {
        try (ImportFixture f = new ImportFixture(home)) {
            String nik = ImportFixture.nik(7);
            importLines(f, "BPNT", "2026-11", RecipientImportTest.line(7));
            assertEquals("Jl. Pandanaran 7", f.lists.newestEntries(nik).get("BPNT").address()); // pointers remembered

            // another kiosk server on the same (central) database publishes a new list and drops the old table
            f.db.tx(em -> Database.jdbc(em, c -> {
                String old = (String) em.createNativeQuery("SELECT stored_as FROM recipient_list").getSingleResult();
                String fresh = ListTables.newName();
                ListTables.create(c, fresh);
                ListTables.insert(c, fresh, List.of(new RecipientRecord("BPNT", "2026-11", nik, ImportFixture.kk(7),
                        "Warga 7", "Jl. Pemuda 7", "001", "002", "Pekunden", Map.of())));
                ListTables.index(c, fresh);
                ListTables.execute(c, "UPDATE recipient_list SET stored_as = '" + fresh + "'");
                ListTables.drop(c, old);
                return null;
            }));

            assertEquals("Jl. Pemuda 7", f.lists.newestEntries(nik).get("BPNT").address());
            assertEquals("Jl. Pemuda 7", f.lists.find("BPNT", nik).orElseThrow().address());
        }
    }

    private static void importLines(ImportFixture f, String program, String period, String lines) {
        f.importer.importFile(program, period, RecipientImportTest.csv(RecipientImportTest.HEADER + lines),
                RecipientImportTest.ADMIN);
    }
}
