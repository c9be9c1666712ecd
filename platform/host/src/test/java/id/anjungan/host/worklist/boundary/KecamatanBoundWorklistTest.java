package id.anjungan.host.worklist.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.audit.control.TestAudit;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.TestStaff;
import id.anjungan.host.threads.Threads;
import id.anjungan.host.worklist.control.TestWorklists;
import id.anjungan.host.worklist.control.Worklist;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.KioskClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The city tier's lists for a TKSK bound to Semarang Tengah: the worklist, its CSV and the dashboard hold that
 * kecamatan's cases only, whatever filter the TKSK sends; Dinas Sosial still sees the city.
 */
class KecamatanBoundWorklistTest {

    static final KioskClock CLOCK = TestWorklists.CLOCK;

    @TempDir
    Path dir;
    private Database db;
    private final Threads threads = Threads.plain();
    private Actor tksk;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        add("BPNT-2611-0001-0000-0001-1", "Miroto", "Semarang Tengah");
        add("BPNT-2611-0002-0000-0002-2", "Pekunden", "Semarang Tengah");
        add("BPNT-2611-0003-0000-0003-3", "Tembalang", "Tembalang");
        tksk = TestStaff.account(db, "tksk", Role.TKSK, "Semarang Tengah");
    }

    @AfterEach
    void close() {
        threads.close();
        db.close();
    }

    private void add(String tracking, String kelurahan, String kecamatan) {
        db.tx(em -> {
            CaseRow c = new CaseRow();
            c.tracking = tracking;
            c.program = "BPNT";
            c.service = "usul";
            c.state = "submitted";
            c.subjectNik = "3374015508850003";
            c.kelurahan = kelurahan;
            c.kecamatan = kecamatan;
            c.created = CLOCK.now().minusSeconds(3600);
            em.persist(c);
            return null;
        });
    }

    private WorklistResource worklist(Actor actor) {
        WorklistResource resource = new WorklistResource();
        resource.worklist = worklistOn();
        resource.caller = TestStaff.caller(actor);
        resource.areas = TestStaff.areas(db, true);
        return resource;
    }

    private Worklist worklistOn() {
        return TestWorklists.worklist(db, CLOCK);
    }

    private static List<Object> kelurahan(Map<String, Object> answer) {
        return ((List<?>) answer.get("cases")).stream().map(c -> ((Map<?, ?>) c).get("kelurahan")).map(Object.class::cast)
                .sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Semarang Tengah", "SEMARANG TENGAH", "semarang  tengah"})
    void theTkskSeesTheirKecamatanWithOrWithoutTheFilter(String filter) {
        assertEquals(List.of("Miroto", "Pekunden"), kelurahan(worklist(tksk).cases(null, filter, null, null, false)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tembalang", "TEMBALANG", "Semarang Tengаh", "%", "Semarang Tengah\u200B"})
    void anotherKecamatanOrALookAlikeIsRefused(String filter) {
        Problem refused = assertThrows(Problem.class, () -> worklist(tksk).cases(null, filter, null, null, false));
        assertEquals(403, refused.status());
        assertEquals("outside-area", refused.code());
    }

    @Test
    void aKelurahanOfAnotherKecamatanFindsNothing() {
        assertEquals(List.of(), kelurahan(worklist(tksk).cases(null, null, "Tembalang", null, false)));
    }

    @Test
    void dinasSosialAndATkskWithoutKecamatan() {
        Actor dinsos = TestStaff.account(db, "dinsos", Role.DINSOS, null);
        assertEquals(List.of("Miroto", "Pekunden", "Tembalang"), kelurahan(worklist(dinsos).cases(null, null, null,
                null, false)));
        assertEquals(List.of("Tembalang"), kelurahan(worklist(dinsos).cases(null, "Tembalang", null, null, false)));
        Actor unassigned = TestStaff.account(db, "tksk-baru", Role.TKSK, null);
        assertEquals("no-area", assertThrows(Problem.class, () -> worklist(unassigned).cases(null, null, null, null,
                false)).code());
    }

    @Test
    void theCsvHoldsTheTkskKecamatanOnlyAndRefusesAnother() {
        WorklistExportResource export = new WorklistExportResource();
        export.worklist = worklistOn();
        export.caller = TestStaff.caller(tksk);
        export.areas = TestStaff.areas(db, true);
        export.audit = TestAudit.on(db, CLOCK, threads);
        assertEquals(List.of("Miroto", "Pekunden"), kelurahan(Map.of("cases", export.rows(
                new Worklist.Filter(null, null, null, null, false), "id"))));
        assertEquals(403, assertThrows(Problem.class, () -> export.export(null, "Tembalang", null, null, false))
                .status());
    }

    @Test
    void theDashboardCountsTheTkskKecamatanOnly() {
        DashboardResource resource = new DashboardResource();
        resource.dashboard = TestWorklists.dashboard(db, CLOCK, List.of());
        resource.caller = TestStaff.caller(tksk);
        resource.areas = TestStaff.areas(db, true);
        Map<String, Object> figures = resource.figures();
        assertEquals(2L, figures.get("open"));
        assertEquals(List.of("Semarang Tengah"), ((List<?>) figures.get("openPerPlace")).stream()
                .map(p -> ((Map<?, ?>) p).get("kecamatan")).distinct().toList());
        resource.caller = TestStaff.caller(TestStaff.account(db, "kasi", Role.KASI_KESOS, "Semarang Tengah"));
        assertEquals(3L, resource.figures().get("open"));
    }
}
