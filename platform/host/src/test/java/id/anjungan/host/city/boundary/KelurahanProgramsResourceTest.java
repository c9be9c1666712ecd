package id.anjungan.host.city.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.audit.entity.AuditRow;
import id.anjungan.host.city.control.CityFixture;
import id.anjungan.host.city.control.KioskSites;
import id.anjungan.host.city.control.ProgramsPerKelurahan;
import id.anjungan.host.city.control.TestSenders;
import id.anjungan.host.downlink.control.TestDownlink;
import id.anjungan.host.modules.entity.InstalledModule;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.TestStaff;
import id.anjungan.spi.Role;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kelurahan's programs in one answer (those of the registered kiosks, the same name typed in another case as
 * one, those the city set or handed back), programs named where the city's own modules answered a name; the hand-back
 * is audited, again answers the same, and is refused on a kiosk.
 */
class KelurahanProgramsResourceTest {

    @TempDir
    Path dir;
    CityFixture city;
    KelurahanProgramsResource one;
    KelurahanProgramsOverviewResource all;

    @BeforeEach
    void open() throws Exception {
        city = CityFixture.derby(dir);
        ProgramsPerKelurahan programs = TestSenders.programs(TestDownlink.on(city.db, city.clock, true));
        one = new KelurahanProgramsResource();
        one.db = city.db;
        one.programs = programs;
        one.caller = TestStaff.caller(TestStaff.account(city.db, "admin", Role.ADMIN, null));
        one.areas = TestStaff.areas(city.db, true);
        one.audit = city.audit;
        one.clock = city.clock;
        all = new KelurahanProgramsOverviewResource();
        all.db = city.db;
        all.programs = programs;
        all.sites = new KioskSites();
        all.areas = one.areas;
        city.db.tx(em -> {
            TestSenders.knownPrograms(em, city.clock.now(), "BPNT", "KJS");
            InstalledModule bpnt = new InstalledModule();
            bpnt.code = "BPNT";
            bpnt.symbolicName = "id.anjungan.bpnt";
            bpnt.version = "1.0.0";
            bpnt.jarFile = "bpnt.jar";
            bpnt.signer = "a".repeat(64);
            bpnt.enabled = true;
            bpnt.nameId = "Bantuan Pangan Non-Tunai";
            bpnt.nameEn = "Non-cash food assistance";
            bpnt.updated = city.clock.now();
            em.persist(bpnt);
            all.sites.register(em, "K0001", "Miroto", "Semarang Tengah", "admin", city.clock.now());
            all.sites.register(em, "K0002", "miroto", "Semarang Tengah", "admin", city.clock.now());
            all.sites.register(em, "K0003", "Pekunden", "Semarang Tengah", "admin", city.clock.now());
            return null;
        });
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void everyKelurahanAtOnceWithTheProgramsTheCityKnows() {
        one.set("Miroto", new KelurahanProgramsResource.ProgramsRequest(List.of("BPNT")));
        one.release("Kranggan");
        Map<String, Object> answer = all.all();
        assertEquals(List.of(Map.of("code", "BPNT", "name", "Bantuan Pangan Non-Tunai"), nameless("KJS")),
                answer.get("programs"));
        List<Map<String, Object>> places = withoutTime(answer.get("kelurahan"));
        assertEquals(3, places.size(), places.toString());
        assertEquals(Map.of("kelurahan", "Kranggan", "managed", false, "released", true, "revision", 2L, "changedBy",
                "admin", "kiosks", List.of()), without(places.get(0), "kecamatan"));
        assertEquals(Map.of("kelurahan", "Miroto", "managed", true, "programs", List.of("BPNT"), "revision", 1L,
                "changedBy", "admin", "kecamatan", "Semarang Tengah", "kiosks", List.of("K0001", "K0002")),
                places.get(1));
        assertEquals(Map.of("kelurahan", "Pekunden", "managed", false, "kecamatan", "Semarang Tengah", "kiosks",
                List.of("K0003")), places.get(2), "its kiosks keep their own settings");
    }

    @Test
    void theHandBackIsAuditedAgainAnswersTheSameAndTheListIsNoLongerSet() {
        one.set("Miroto", new KelurahanProgramsResource.ProgramsRequest(List.of("BPNT", "KJS")));
        Map<String, Object> released = one.release("MIROTO");
        assertEquals(released, one.release("Miroto"), "again changes nothing");
        assertEquals(false, released.get("managed"));
        assertEquals(2L, released.get("revision"));
        Problem notSet = assertThrows(Problem.class, () -> one.get("Miroto"));
        assertEquals(404, notSet.status());
        city.audit.flush();
        List<String> audited = city.db.read(em -> em.createQuery("select a from AuditRow a where a.action like"
                + " 'kelurahan-programs%' order by a.sequence", AuditRow.class).getResultList()).stream()
                .map(a -> a.action + " " + a.subject + " " + a.detail).toList();
        assertEquals(List.of("kelurahan-programs Miroto programs=BPNT,KJS revision=1",
                "kelurahan-programs-released Miroto revision=2", "kelurahan-programs-released Miroto revision=2"),
                audited);
    }

    @Test
    void aKioskRefusesBoth() {
        one.areas = TestStaff.areas(city.db, false);
        all.areas = one.areas;
        assertEquals("not-city-tier", assertThrows(Problem.class, () -> one.release("Miroto")).code());
        assertEquals("not-city-tier", assertThrows(Problem.class, () -> all.all()).code());
        assertEquals(409, assertThrows(Problem.class, () -> all.all()).status());
    }

    private static Map<String, Object> nameless(String code) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", null);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> withoutTime(Object places) {
        return ((List<Map<String, Object>>) places).stream().map(p -> without(p, "changedAt")).toList();
    }

    private static Map<String, Object> without(Map<String, Object> place, String key) {
        Map<String, Object> m = new HashMap<>(place);
        m.remove(key);
        return m;
    }
}
