package id.anjungan.host.worklist.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.spi.platform.KioskClock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorklistTest {

    static final Instant NOW = TestWorklists.NOW;
    static final KioskClock CLOCK = TestWorklists.CLOCK;

    @TempDir
    Path home;
    final Database db = new Database();
    final Worklist worklist = new Worklist();

    @BeforeEach
    void open() {
        db.open(Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + home.resolve("db") + ";create=true"));
        worklist.db = db;
        worklist.clock = CLOCK;
        add("BPNT-1", "BPNT", "Pekunden", "submitted", NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(3)),
                false, "psm-sari");
        add("BPNT-2", "BPNT", "Miroto", "verified", NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(1)),
                false, "tksk");
        add("KJS-3", "KJS", "Pekunden", "closed", NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(5)),
                true, "psm-sari");
        add("KJS-4", "KJS", "Pekunden", "submitted", NOW.minus(Duration.ofHours(12)), null, false, "psm-sari");
    }

    @AfterEach
    void close() {
        db.close();
    }

    void add(String tracking, String program, String kelurahan, String state, Instant created, Instant due,
             boolean closed, String by) {
        db.tx(em -> {
            CaseRow c = new CaseRow();
            c.tracking = tracking;
            c.program = program;
            c.service = "layanan";
            c.programNameId = "Program " + program;
            c.programNameEn = "Programme " + program;
            c.serviceTitleId = "Layanan, \"uji\"";
            c.serviceTitleEn = "Service";
            c.state = state;
            c.stateLabelId = "Diajukan";
            c.stateLabelEn = "Submitted";
            c.closed = closed;
            c.subjectNik = "3374015508850003";
            c.kelurahan = kelurahan;
            c.created = created;
            c.due = due;
            c.createdBy = by;
            em.persist(c);
            return null;
        });
    }

    List<String> trackings(Worklist.Filter f) {
        return worklist.cases(f).stream().map(c -> c.tracking).toList();
    }

    @Test
    void filtersNewestFirst() {
        assertEquals(List.of("BPNT-1", "KJS-4", "BPNT-2", "KJS-3"), trackings(new Worklist.Filter(null, null, null, false)));
        assertEquals(List.of("BPNT-1", "BPNT-2"), trackings(new Worklist.Filter("bpnt", null, null, false)));
        assertEquals(List.of("BPNT-1", "KJS-4", "KJS-3"), trackings(new Worklist.Filter(null, "pekunden", null, false)));
        assertEquals(List.of("BPNT-1", "KJS-4"), trackings(new Worklist.Filter(null, null, "submitted", false)));
        assertEquals(List.of("BPNT-2"), trackings(new Worklist.Filter(null, null, null, true)));
    }

    @Test
    void theCityTierFiltersByKecamatanAndExportsTheKelurahanAndKiosk() throws Exception {
        db.tx(em -> { // as the city's consumers store kiosks' cases
            em.find(CaseRow.class, "BPNT-2").kecamatan = "Semarang Tengah";
            em.find(CaseRow.class, "BPNT-2").originKiosk = "K0007";
            em.find(CaseRow.class, "KJS-3").kecamatan = "Tembalang";
            return null;
        });
        assertEquals(List.of("BPNT-2"), trackings(new Worklist.Filter(null, "semarang tengah", null, null, false)));
        assertEquals(List.of(), trackings(new Worklist.Filter(null, "Semarang Tengah", "Pekunden", null, false)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorklistCsv.write(worklist.cases(new Worklist.Filter(null, "Semarang Tengah", null, null, false)).stream()
                .map(c -> worklist.summary(c, "id")).toList(), out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.contains(",kelurahan,kecamatan,kiosk,") && text.contains(",Miroto,Semarang Tengah,K0007,"), text);
    }

    @Test
    void summaryMasksTheNikAndFlagsOverdue() {
        Map<String, Object> s = worklist.summary(worklist.cases(new Worklist.Filter(null, null, null, true)).get(0), "en");
        assertEquals("3374••••••••0003", s.get("subjectNik"));
        assertEquals(true, s.get("overdue"));
        assertEquals("Programme BPNT", s.get("programName"));
    }

    @Test
    void filedTodayCountsTheKioskDay() {
        // KJS-4 was filed at 22:00 Jakarta time the day before
        assertEquals(List.of("BPNT-1"), worklist.filedToday("psm-sari").stream().map(c -> c.tracking).toList());
    }

    @Test
    void csvStartsWithAByteOrderMarkAndMasksTheNik() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorklistCsv.write(worklist.cases(new Worklist.Filter(null, null, null, false)).stream()
                .map(c -> worklist.summary(c, "id")).toList(), out);
        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nBPNT-1,BPNT,Program BPNT,layanan,\"Layanan, \"\"uji\"\"\""), text);
        assertTrue(text.contains("3374••••••••0003") && !text.contains("3374015508850003"));
    }

    @Test
    void dashboardCountsWeeksOpenOverdueAndRecipients() {
        Dashboard dashboard = TestWorklists.dashboard(db, CLOCK,
                List.of(new StoredRecipientLists.KelurahanCount("BPNT", "Pekunden", 12)));
        Map<String, Object> figures = dashboard.figures();
        assertEquals(3L, figures.get("open"));
        assertEquals(1L, figures.get("overdue"));
        assertEquals(List.of(Map.of("week", "2026-W44", "program", "KJS", "count", 1L),
                Map.of("week", "2026-W46", "program", "BPNT", "count", 1L),
                Map.of("week", "2026-W47", "program", "BPNT", "count", 1L),
                Map.of("week", "2026-W47", "program", "KJS", "count", 1L)), figures.get("casesPerWeek"));
        assertEquals(List.of(Map.of("program", "BPNT", "kelurahan", "Pekunden", "count", 12L)), figures.get("recipients"));
        assertEquals(List.of(Map.of("kecamatan", "", "kelurahan", "Miroto", "open", 1L),
                Map.of("kecamatan", "", "kelurahan", "Pekunden", "open", 2L)), figures.get("openPerPlace"));
        assertEquals("2026-W53", Dashboard.week(LocalDate.of(2026, 12, 31)));
    }
}
