package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.RecipientRecord;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A NIK's entries in the newest list of every program, probing only the lists that may hold it. */
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

    @Test
    void aListIsProbedOnlyForTheNiksItHolds() {
        try (ImportFixture f = new ImportFixture(home)) {
            importLines(f, "BPNT", "2026-11", RecipientImportTest.line(7));
            // the import handed its NIKs over: a NIK that is not in the list never reaches the list's table
            f.db.tx(em -> Database.jdbc(em, c -> {
                String table = (String) em.createNativeQuery("SELECT stored_as FROM recipient_list").getSingleResult();
                ListTables.execute(c, "RENAME TABLE " + table + " TO moved_away");
                return null;
            }));
            assertTrue(f.lists.newestEntries(ImportFixture.nik(9)).isEmpty());
            assertThrows(PersistenceException.class, () -> f.lists.newestEntries(ImportFixture.nik(7)));
        }
    }

    @Test
    void theListsShareOneBudgetOfNiks() {
        long budget = NikIndex.maxRows;
        NikIndex.maxRows = 3;
        try (ImportFixture f = new ImportFixture(home)) {
            f.lists.newestEntries(ImportFixture.nik(1)); // forgets the lists of earlier tests' databases
            importLines(f, "BPNT", "2026-11", RecipientImportTest.line(7) + RecipientImportTest.line(8));
            // imported again: the new list's NIKs take the place of the replaced list's
            importLines(f, "BPNT", "2026-11", RecipientImportTest.line(7) + RecipientImportTest.line(8));
            importLines(f, "CPP", "2026-11", RecipientImportTest.line(7) + RecipientImportTest.line(8));

            moveAway(f, "BPNT");
            assertTrue(f.lists.newestEntries(ImportFixture.nik(9)).isEmpty(), "BPNT's two NIKs are kept");
            moveAway(f, "CPP");
            assertThrows(PersistenceException.class, () -> f.lists.newestEntries(ImportFixture.nik(9)),
                    "two more would pass the budget of three: CPP is always probed");
        } finally {
            NikIndex.maxRows = budget;
        }
    }

    private static void moveAway(ImportFixture f, String program) {
        String table = table(f, program);
        f.db.tx(em -> Database.jdbc(em, c -> {
            ListTables.execute(c, "RENAME TABLE " + table + " TO moved_" + program);
            return null;
        }));
    }

    @Test
    void aNikPutIntoAListIsFoundAtOnce() {
        try (ImportFixture f = new ImportFixture(home)) {
            importLines(f, "BPNT", "2026-11", RecipientImportTest.line(7));
            String nik = ImportFixture.nik(8);
            assertTrue(f.lists.newestEntries(nik).isEmpty());

            f.lists.put("BPNT", "2026-11", List.of(new RecipientRecord("BPNT", "2026-11", nik, ImportFixture.kk(8),
                    "Warga 8", "Jl. Pemuda 8", "001", "002", "Pekunden", Map.of())));

            assertEquals("Warga 8", f.lists.newestEntries(nik).get("BPNT").name());
        }
    }

    @Test
    void theNiksOfATableAreReadBackOnlyWhenEveryOneIsANik() {
        try (ImportFixture f = new ImportFixture(home)) {
            f.lists.put("CPP", "2026-E1", List.of(record("CPP", ImportFixture.nik(7)), record("CPP",
                    ImportFixture.nik(8))));
            f.lists.put("REHSOS", "2026-11", List.of(record("REHSOS", ImportFixture.nik(7)), record("REHSOS",
                    "TANPA-NIK-01")));

            NikIndex cpp = NikIndex.load(f.db, table(f, "CPP")).orElseThrow();
            assertTrue(cpp.holds(NikIndex.number(ImportFixture.nik(8))));
            assertFalse(cpp.holds(NikIndex.number(ImportFixture.nik(9))));
            assertTrue(NikIndex.load(f.db, table(f, "REHSOS")).isEmpty(), "such a list is always probed");
        }
    }

    @ParameterizedTest
    @CsvSource(value = {"3374011508850007, 3374011508850007", "337401150885000, -1", "33740115088500071, -1",
        "337401150885000A, -1", "NULL, -1"}, nullValues = "NULL")
    void aNikIsANumberOnlyWhenItIsSixteenDigits(String nik, long number) {
        assertEquals(number, NikIndex.number(nik));
    }

    private static RecipientRecord record(String program, String nik) {
        return new RecipientRecord(program, "2026-11", nik, ImportFixture.kk(1), "Warga", "Jl. Pemuda 1", "001",
                "002", "Pekunden", Map.of());
    }

    private static String table(ImportFixture f, String program) {
        return f.db.read(em -> (String) em.createNativeQuery("SELECT stored_as FROM recipient_list WHERE program = ?")
                .setParameter(1, program).getSingleResult());
    }

    private static void importLines(ImportFixture f, String program, String period, String lines) {
        f.importer.importFile(program, period, RecipientImportTest.csv(RecipientImportTest.HEADER + lines),
                RecipientImportTest.ADMIN);
    }
}
