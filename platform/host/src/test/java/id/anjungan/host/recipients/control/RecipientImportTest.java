package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.identity.control.DigitVariants;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.RecipientRecord;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipientImportTest {

    static final Actor ADMIN = new Actor("admin", "Admin", Role.ADMIN, null);
    static final String HEADER = "nik,kk,name,address,rt,rw,kelurahan,Amount,channel\n";

    @TempDir
    Path home;
    ImportFixture f;

    @BeforeEach
    void open() {
        f = new ImportFixture(home);
    }

    @AfterEach
    void close() {
        f.close();
    }

    static String line(int n) {
        return ImportFixture.nik(n) + "," + ImportFixture.kk(n) + ",Warga " + n + ",Jl. Pandanaran " + n + ",001,002,"
                + "Pekunden,200000,BNI\n";
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    ImportProgress run(String text) {
        return f.importer.importFile("BPNT", "2026-11", csv(text), ADMIN);
    }

    @Test
    void importsEveryValidLineWithProgramFieldsInLowerCase() {
        ImportProgress p = run(HEADER + line(1) + line(2) + line(3));
        assertEquals(ImportProgress.State.DONE, p.state());
        assertEquals(3, p.rowsRead());
        assertEquals(3, p.rowsImported());
        RecipientRecord r = f.lists.find("BPNT", ImportFixture.nik(2)).orElseThrow();
        assertEquals("2026-11", r.period());
        assertEquals("Warga 2", r.name());
        assertEquals("200000", r.field("amount"));
        assertEquals(List.of("2026-11"), f.lists.periods("BPNT"));
        assertTrue(f.audited.get(0).startsWith("recipient-import BPNT 2026-11 3 rows read"));
    }

    @Test
    void onDerbyAListIsStoredInSmallPagesAndALongRowStillFits() {
        // the longest row the rules accept: a 200-character name, a 300-character address, 3,500 of extra columns
        String value = "x".repeat(480);
        String header = "nik,kk,name,address,rt,rw,kelurahan,c1,c2,c3,c4,c5,c6,c7\n";
        String extras = ("," + value).repeat(7);
        ImportProgress p = run(header + ImportFixture.nik(1) + "," + ImportFixture.kk(1) + "," + "N".repeat(200) + ","
                + "A".repeat(300) + ",001,002,Pekunden" + extras + "\n");
        assertEquals(1, p.rowsImported(), String.valueOf(p.json("en")));
        RecipientRecord stored = f.lists.find("BPNT", ImportFixture.nik(1)).orElseThrow();
        assertEquals(value, stored.field("c7"));
        assertEquals("A".repeat(300), stored.address());
        List<Integer> pageSizes = f.db.tx(em -> Database.jdbc(em, c -> {
            List<Integer> sizes = new java.util.ArrayList<>();
            try (var r = c.createStatement().executeQuery("SELECT t.tablename, d.pagesize FROM sys.systables t, "
                    + "TABLE (SYSCS_DIAG.SPACE_TABLE(t.tablename)) d WHERE t.tablename LIKE 'RCP_%' AND d.isindex = 0")) {
                while (r.next()) {
                    sizes.add(r.getInt(2));
                }
            }
            return sizes;
        }));
        assertEquals(List.of(4096), pageSizes);
    }

    @Test
    void rejectsBadLinesByLineFieldAndReasonAndKeepsTheRest() throws Exception {
        String bad = HEADER + line(1)
                + "1234,3374011200000002,Warga,Jl,001,002,Pekunden,1,BNI\n"       // line 3: short NIK
                + ImportFixture.nik(4) + ",3374011200000004,,Jl,1,2,Pekunden,1,BNI\n" // line 4: no name
                + ImportFixture.nik(5) + ",3374011200000005,Warga,Jl,0001,2,Pekunden,1,BNI\n" // line 5: RT 4 digits
                + line(1)                                                         // line 6: duplicate of line 2
                + ImportFixture.nik(7) + ",3374011200000007,Warga\n";             // line 7: too few columns
        ImportProgress p = run(bad);
        assertEquals(ImportProgress.State.DONE, p.state());
        assertEquals(6, p.rowsRead());
        assertEquals(1, p.rowsImported());
        assertEquals(5, p.rowsRejected());
        StringWriter out = new StringWriter();
        f.importer.writeRejected(p, "en", out);
        String report = out.toString();
        assertTrue(report.startsWith("line,nik,name,field,reason\r\n"), report);
        assertTrue(report.contains("3,••••,Warga,nik,NIK must have 16 digits"), report);
        assertTrue(report.contains("4," + Masking.mask(ImportFixture.nik(4)) + ",,name,Name is required."), report);
        assertTrue(report.contains("5," + Masking.mask(ImportFixture.nik(5)) + ",Warga,rt,RT must be 1 to 3 digits."), report);
        assertTrue(report.contains("6," + Masking.mask(ImportFixture.nik(1)) + ","), report);
        assertTrue(report.contains(",nik,The NIK already appears on line 2"), report);
        assertTrue(report.contains("7," + Masking.mask(ImportFixture.nik(7)) + ",Warga,,\"This line has 3 columns"), report);
        for (int n : new int[] {4, 5, 1, 7}) {
            assertFalse(report.contains(ImportFixture.nik(n)), "a NIK in full: " + report);
        }
        StringWriter id = new StringWriter();
        f.importer.writeRejected(p, "id", id);
        assertTrue(id.toString().contains(",name,Nama wajib diisi."), id.toString());
    }

    @Test
    void reimportReplacesTheListInsteadOfAddingToIt() {
        run(HEADER + line(1) + line(2) + line(3));
        run(HEADER + line(1) + line(2) + line(3));
        assertEquals(3, f.rows());
        ImportProgress smaller = run(HEADER + line(2) + line(3));
        assertEquals(2, smaller.rowsImported());
        assertEquals(2, f.rows());
        assertTrue(f.lists.find("BPNT", ImportFixture.nik(1)).isEmpty());
    }

    @Test
    void aListLessThanHalfAsLongReplacesThePublishedOneOnlyWhenConfirmed() {
        run(HEADER + line(1) + line(2) + line(3) + line(4) + line(5));
        ImportProgress refused = run(HEADER + line(1) + line(2));
        assertEquals(ImportProgress.State.FAILED, refused.state());
        assertEquals("shrink-unconfirmed", refused.problemCode());
        assertTrue(refused.problem().en().contains("3 recipients would be dropped"), refused.problem().en());
        assertEquals(5, f.rows(), "the published list stays, the staged rows are gone");
        assertEquals("shrink-unconfirmed", f.importer.progress(refused.id()).orElseThrow().json("en").get("problemCode"));

        ImportProgress confirmed = f.importer.importFile("BPNT", "2026-11", csv(HEADER + line(1) + line(2)), ADMIN, true);
        assertEquals(ImportProgress.State.DONE, confirmed.state());
        assertEquals(2, f.rows());
        assertEquals(ImportProgress.State.DONE, run(HEADER + line(1)).state(), "half as long needs no confirmation");
    }

    @Test
    void aFileWithoutOneValidRowNeverReplacesAPublishedList() {
        run(HEADER + line(1) + line(2));
        for (boolean confirmed : new boolean[] {false, true}) {
            ImportProgress p = f.importer.importFile("BPNT", "2026-11", csv(HEADER + "3374011508850000,x,,,,,Pekunden,1,BNI\n"),
                    ADMIN, confirmed);
            assertEquals(ImportProgress.State.FAILED, p.state());
            assertEquals("no-valid-rows", p.problemCode());
            assertEquals(1, p.rowsRejected());
            assertEquals(2, f.rows());
            assertTrue(f.lists.find("BPNT", ImportFixture.nik(1)).isPresent());
        }
        assertEquals("no-valid-rows", run(HEADER).problemCode(), "nor does a header alone publish an empty list");
    }

    @Test
    void anImportStoppedByAShutdownShowsFailedWithTheReasonAfterTheRestart() {
        ImportProgress finished = run(HEADER + line(1) + line(2));
        ImportProgress running = f.importer.begin("BPNT", "2026-12", ListSource.SP2D); // the kiosk stops while it runs
        f.close();
        f = new ImportFixture(home);
        assertEquals(1, f.importer.markInterrupted());

        ImportProgress after = f.importer.progress(running.id()).orElseThrow();
        assertEquals(ImportProgress.State.FAILED, after.state());
        assertEquals("interrupted", after.problemCode());
        assertEquals("SP2D", after.source(), "the list's source is kept across the restart");
        assertTrue(after.problem().id().contains("anjungan dimatikan"), after.problem().id());
        assertTrue(after.problem().en().contains("kiosk was shut down or restarted"), after.problem().en());
        Map<String, Object> done = f.importer.progress(finished.id()).orElseThrow().json("en");
        assertEquals("DONE", done.get("state"));
        assertEquals(2L, done.get("rowsImported"));
        assertEquals("DTSEN", done.get("source"), "an import naming no source takes the program's default");
        assertTrue(f.importer.progress("000000000000").isEmpty());
        assertEquals(0, f.importer.markInterrupted(), "a finished import stays as it was");
    }

    private ImportProgress settled(ImportProgress p) throws InterruptedException {
        for (int i = 0; i < 800 && p.state() == ImportProgress.State.RUNNING; i++) {
            Thread.sleep(25);
        }
        return p;
    }

    private ImportProgress preview(String text) throws InterruptedException {
        return settled(f.importer.start("BPNT", "2026-11", ListSource.DTSEN, f.importer.receive(csv(text)), ADMIN, false, true));
    }

    @Test
    void aPreviewSaysHowManyRecipientsTheNewListDropsAndReplacesNothingUntilConfirmed() throws Exception {
        run(HEADER + line(1) + line(2) + line(3));
        ImportProgress p = preview(HEADER + line(2) + line(3) + line(4) + line(5));
        assertEquals(ImportProgress.State.PREVIEW, p.state());
        assertEquals(Map.of("published", 3L, "dropped", 1L, "kept", 2L, "added", 2L), p.json("id").get("preview"));
        assertTrue(f.lists.find("BPNT", ImportFixture.nik(1)).isPresent(), "nothing replaced before the confirmation");
        assertTrue(f.lists.find("BPNT", ImportFixture.nik(4)).isEmpty());

        settled(f.importer.confirm(p.id(), ADMIN));
        assertEquals(ImportProgress.State.DONE, p.state());
        assertTrue(f.lists.find("BPNT", ImportFixture.nik(1)).isEmpty(), "the confirmed list replaced the old one");
        assertTrue(f.lists.find("BPNT", ImportFixture.nik(4)).isPresent());
        assertEquals(4, f.rows());
        assertEquals("not-previewed", assertThrows(Problem.class, () -> f.importer.confirm(p.id(), ADMIN)).code());
    }

    @Test
    void aCancelledPreviewLeavesThePublishedListAndARestartForgetsAPreview() throws Exception {
        run(HEADER + line(1) + line(2));
        ImportProgress cancelled = preview(HEADER + line(3));
        assertEquals(Map.of("published", 2L, "dropped", 2L, "kept", 0L, "added", 1L), cancelled.json("id").get("preview"),
                "a much shorter list is previewed rather than refused");
        f.importer.cancel(cancelled.id(), ADMIN);
        assertEquals(ImportProgress.State.FAILED, cancelled.state());
        assertEquals("cancelled", cancelled.problemCode());
        assertEquals("not-previewed", assertThrows(Problem.class, () -> f.importer.cancel(cancelled.id(), ADMIN)).code());
        assertTrue(f.lists.find("BPNT", ImportFixture.nik(1)).isPresent());

        ImportProgress waiting = preview(HEADER + line(3));
        assertEquals(ImportProgress.State.PREVIEW, waiting.state());
        assertEquals(1, f.importer.markInterrupted(), "a preview a restart stopped is marked as such");
        assertTrue(f.lists.find("BPNT", ImportFixture.nik(3)).isEmpty(), "the list in force is the old one");
    }

    @Test
    void withoutAPublishedListAPreviewedImportIsPublishedAtOnce() throws Exception {
        ImportProgress p = preview(HEADER + line(1));
        assertEquals(ImportProgress.State.DONE, p.state());
        assertTrue(f.lists.find("BPNT", ImportFixture.nik(1)).isPresent());
    }

    @Test
    void uploadsAreDeletedAfterAFailedImportAndLeftoversAtStart() throws Exception {
        Path failing = f.importer.receive(csv("nik,kk\n"));
        ImportProgress p = f.importer.start("BPNT", "2026-11", ListSource.DTSEN, failing, ADMIN, false, false);
        for (int i = 0; i < 400 && (p.state() == ImportProgress.State.RUNNING || Files.exists(failing)); i++) {
            Thread.sleep(25);
        }
        assertEquals(ImportProgress.State.FAILED, p.state());
        assertTrue(Files.notExists(failing));
        f.importer.stop();
        Path refused = f.importer.receive(csv(HEADER + line(1)));
        assertThrows(Problem.class, () -> f.importer.start("BPNT", "bad period!", ListSource.DTSEN, refused, ADMIN, false, false));
        assertTrue(Files.notExists(refused), "an upload refused before its import began is deleted too");

        Path leftover = f.importer.receive(csv(HEADER + line(1))); // a kiosk killed before it imported this
        Path report = Files.writeString(home.resolve("imports/rejected-0123456789ab.csv"), "1,nik,x\n");
        f.importer.discardUploads();
        assertTrue(Files.notExists(leftover));
        assertTrue(Files.exists(report), "reports of earlier imports stay readable");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(f.importer.receive(csv(HEADER)))));
        ImportProgress rejecting = run(HEADER + line(1) + ImportFixture.nik(2) + ",x,,,,,Pekunden,1,BNI\n");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("imports/rejected-" + rejecting.id() + ".csv"))));
    }

    @Test
    void otherPeriodsAndProgramsStayUntouched() {
        run(HEADER + line(1));
        f.importer.importFile("KJS", "2026-11", csv(HEADER + line(1)), ADMIN);
        f.importer.importFile("BPNT", "2026-12", csv(HEADER + line(2)), ADMIN);
        assertEquals(3, f.rows());
        assertEquals(List.of("2026-12", "2026-11"), f.lists.periods("BPNT"));
    }

    @Test
    void missingColumnsRefuseTheWholeFile() {
        ImportProgress p = run("nik,kk,name,kelurahan\n" + ImportFixture.nik(1) + ",3374011200000001,A,Pekunden\n");
        assertEquals(ImportProgress.State.FAILED, p.state());
        assertTrue(p.problem().en().contains("address, rt, rw"), p.problem().en());
        assertEquals(0, f.rows());
    }

    @Test
    void wrongEncodingRefusesTheFileAndLeavesNothingBehind() {
        f.importer.batchSize = 2;
        byte[] head = (HEADER + line(1) + line(2) + line(3) + line(4)).getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = (ImportFixture.nik(5) + ",3374011200000005,Bu Nani Suryani\u00e9,Jl,1,2,Pekunden,1,BNI\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + latin1.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(latin1, 0, all, head.length, latin1.length);
        ImportProgress p = f.importer.importFile("BPNT", "2026-11", new ByteArrayInputStream(all), ADMIN);
        assertEquals(ImportProgress.State.FAILED, p.state());
        assertTrue(p.problem().en().contains("not UTF-8"), p.problem().en());
        assertEquals(0, f.rows(), "staged batches are deleted");
        assertTrue(f.lists.periods("BPNT").isEmpty());
    }

    @Test
    void aBrokenFileKeepsThePreviousList() {
        run(HEADER + line(1));
        f.importer.batchSize = 1;
        ImportProgress p = run(HEADER + line(2) + line(3) + ImportFixture.nik(4) + ",\"3374011200000004,A,B,1,2,C,1,D\n");
        assertEquals(ImportProgress.State.FAILED, p.state());
        assertEquals("malformed-csv", code(p));
        assertEquals(1, f.rows());
        assertTrue(f.lists.find("BPNT", ImportFixture.nik(1)).isPresent());
    }

    @Test
    void readsSemicolonsByteOrderMarkAndSpreadsheetApostrophes() {
        ImportProgress p = run("\uFEFFNIK;KK;Name;Address;RT;RW;Kelurahan\n'" + ImportFixture.nik(1)
                + ";'3374011200000001;\"Warga; Satu\";Jl;1;2;Pekunden\n");
        assertEquals(1, p.rowsImported(), String.valueOf(p.problem()));
        assertEquals("Warga; Satu", f.lists.find("BPNT", ImportFixture.nik(1)).orElseThrow().name());
    }

    /** A list typed in other digits holds the same NIKs as one in ASCII: a status lookup and double aid find them. */
    @Test
    void niksOfAListAreStoredInAsciiDigits() {
        String fullwidth = DigitVariants.shifted(ImportFixture.nik(1), '０', 0);
        String arabic = DigitVariants.shifted(ImportFixture.kk(2), '٠', 8);
        ImportProgress p = run(HEADER + line(1).replace(ImportFixture.nik(1), fullwidth)
                + line(2).replace(ImportFixture.kk(2), "\u200B" + arabic));
        assertEquals(2, p.rowsImported(), String.valueOf(p.problem()));
        assertEquals(ImportFixture.nik(1), f.lists.find("BPNT", ImportFixture.nik(1)).orElseThrow().nik());
        assertEquals(ImportFixture.kk(2), f.lists.find("BPNT", ImportFixture.nik(2)).orElseThrow().kk());
        assertEquals(List.of("BPNT"), f.lists.programsOf(fullwidth));
    }

    @Test
    void emptyFileAndEndlessLineAreRefused() {
        assertEquals(ImportProgress.State.FAILED, run("").state());
        ImportProgress binary = run(HEADER + "x".repeat(LineGuard.MAX_LINE_CHARS + 10));
        assertEquals(ImportProgress.State.FAILED, binary.state());
        assertTrue(binary.problem().en().contains("too long"));
    }

    @Test
    void invalidProgramOrPeriodIsRefusedBeforeAnything() {
        Problem p = assertThrows(Problem.class, () -> f.importer.importFile("BPNT", "~import-x", csv(HEADER), ADMIN));
        assertEquals(422, p.status());
        assertThrows(Problem.class, () -> f.importer.importFile("bpnt", "2026-11", csv(HEADER), ADMIN));
    }

    @Test
    void anUploadAboveTheLimitIsCutOffAndNotKeptOnDisk() throws Exception {
        f.importer.maxBytes = 1024;
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent++ < 10L * 1024 * 1024 * 1024 ? 'a' : -1;
            }
        };
        Problem p = assertThrows(Problem.class, () -> f.importer.receive(endless));
        assertEquals(413, p.status());
        try (var left = Files.list(home.resolve("imports"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void backgroundImportReportsProgressUntilDone() throws Exception {
        Path upload = f.importer.receive(csv(HEADER + line(1) + line(2)));
        ImportProgress p = f.importer.start("BPNT", "2026-11", ListSource.DTSEN, upload, ADMIN, false, false);
        for (int i = 0; i < 200 && p.state() == ImportProgress.State.RUNNING; i++) {
            Thread.sleep(25);
        }
        assertEquals(ImportProgress.State.DONE, p.state());
        assertEquals(p, f.importer.progress(p.id()).orElseThrow());
        Map<String, Object> json = p.json("en");
        assertEquals(2L, json.get("rowsImported"));
        assertNull(json.get("problem"));
        for (int i = 0; i < 100 && Files.exists(upload); i++) {
            Thread.sleep(20); // the worker deletes the upload right after it reports DONE
        }
        assertTrue(Files.notExists(upload));
        f.importer.stop();
    }

    @Test
    void listsWrittenRowByRowAndImportedListsLiveSideBySide() {
        f.lists.put("CPP", "2026-E1", List.of(new RecipientRecord("CPP", "2026-E1", ImportFixture.nik(9),
                ImportFixture.kk(9), "A", "Jl", "1", "2", "Pekunden", Map.of())));
        run(HEADER + line(1) + line(2));
        f.lists.put("CPP", "2026-E1", List.of(new RecipientRecord("CPP", "2026-E1", ImportFixture.nik(8),
                ImportFixture.kk(8), "B", "Jl", "1", "2", "Pekunden", Map.of())));
        run(HEADER + line(3) + line(4));
        assertEquals(4, f.rows());
    }

    @Test
    void rowsAbandonedByAStoppedServerAreDiscarded() {
        StagedRows dead = new StagedRows(f.db, "BPNT");
        dead.create();
        dead.add(List.of(new RecipientRecord("BPNT", "x",
                ImportFixture.nik(1), ImportFixture.kk(1), "A", "Jl", "1", "2", "Pekunden", Map.of())));
        assertTrue(f.lists.periods("BPNT").isEmpty(), "staged rows are never visible");
        f.importer.discardAbandoned(java.time.Instant.now().plusSeconds(2)); // a start after the table was made
        assertEquals(0, f.rows());
    }

    private static String code(ImportProgress p) {
        return p.problem() == null ? null : p.problem().en().contains("broken") ? "malformed-csv" : p.problem().en();
    }
}
