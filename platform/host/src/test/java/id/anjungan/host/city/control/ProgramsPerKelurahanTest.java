package id.anjungan.host.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.city.entity.KelurahanPrograms;
import id.anjungan.host.downlink.control.Downlink;
import id.anjungan.host.downlink.control.TestDownlink;
import id.anjungan.host.downlink.entity.DownlinkRow;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.sync.ProgramsReleased;
import id.anjungan.host.sync.SyncProtocol;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The city's admin sets the programs a kelurahan runs: a look-alike name or an unknown code is refused and nothing is
 * stored; every change has a higher revision and goes to each kiosk registered in that kelurahan only, in the change's
 * transaction; a kiosk (re)registered there is sent the current list. A hand-back takes the next revision and goes the
 * same way; again it changes nothing, and a list after it takes the kelurahan over again.
 */
class ProgramsPerKelurahanTest {

    @TempDir
    Path dir;
    CityFixture city;
    Downlink downlink;
    ProgramsPerKelurahan programs;

    @BeforeEach
    void open() throws Exception {
        city = fixture();
        downlink = TestDownlink.on(city.db, city.clock, true);
        programs = TestSenders.programs(downlink);
        city.db.tx(em -> {
            TestSenders.knownPrograms(em, city.clock.now(), "BPNT", "KJS", "PKH");
            register(em, "K0001", "Miroto");
            register(em, "K0002", "Miroto");
            register(em, "K0003", "Pekunden");
            return null;
        });
    }

    CityFixture fixture() throws Exception {
        return CityFixture.derby(dir);
    }

    private void register(jakarta.persistence.EntityManager em, String kiosk, String kelurahan) {
        programs.sites.register(em, kiosk, kelurahan, "Semarang Tengah", "admin", city.clock.now());
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void eachChangeGrowsTheRevisionAndGoesToTheKelurahansKiosksOnly() {
        KelurahanPrograms first = set("Miroto", "BPNT", "KJS");
        assertEquals(1, first.revision);
        assertEquals(List.of("K0001 Miroto", "K0002 Miroto"), rows());

        assertEquals(2, set("Pekunden", "PKH").revision);
        KelurahanPrograms again = set("miroto", "KJS");
        assertEquals(3, again.revision, "revisions grow across the city");
        assertEquals("Miroto", again.kelurahan, "the kelurahan keeps its registered spelling");
        assertEquals("KJS", city.db.read(em -> programs.of(em, "MIROTO")).orElseThrow().programs);
        assertEquals(List.of("K0001 Miroto", "K0001 Miroto", "K0002 Miroto", "K0002 Miroto", "K0003 Pekunden"),
                rows());
        assertEquals("", set("Pekunden").programs, "an empty list: every program off");
    }

    @Test
    void aLookAlikeNameOrAnUnknownProgramIsRefusedAndNothingStored() {
        set("Miroto", "BPNT");
        assertRefused("invalid-kelurahan", "Mіroto", List.of("KJS")); // a Cyrillic і
        assertRefused("unknown-program", "Miroto", List.of("KJS", "XYZ"));
        assertRefused("invalid-programs", "Miroto", List.of("bpnt"));
        assertRefused("invalid-programs", "Miroto", java.util.Arrays.asList("BPNT", null));
        assertRefused("invalid-programs", "Miroto", null);
        assertRefused("invalid-kelurahan", " ", List.of("KJS"));
        KelurahanPrograms kept = city.db.read(em -> programs.of(em, "Miroto")).orElseThrow();
        assertEquals("BPNT", kept.programs);
        assertEquals(1, kept.revision);
        assertEquals(2, rows().size(), "no row for a refused change");
    }

    @Test
    void aKioskRegisteredThereIsSentTheCurrentList() {
        set("Miroto", "BPNT");
        city.db.tx(em -> {
            register(em, "K0004", "miroto");
            programs.toRegistered(em, "K0004");
            register(em, "K0005", "Kranggan"); // the city set nothing for Kranggan: its kiosk keeps its own
            programs.toRegistered(em, "K0005");
            return null;
        });
        assertEquals(List.of("K0001 Miroto", "K0002 Miroto", "K0004 Miroto"), rows());
        assertEquals(java.util.Optional.of(List.of("BPNT")), city.db.read(em -> programs.forKiosk(em, "K0004",
                "Miroto")).map(row -> ProgramsPerKelurahan.codes(row.programs)));
        city.db.tx(em -> {
            register(em, "K0001", "Pekunden");
            return null;
        });
        assertEquals(java.util.Optional.empty(), city.db.read(em -> programs.forKiosk(em, "K0001", "Miroto")),
                "a kiosk moved away is not sent its old kelurahan's list");
    }

    @Test
    void aHandBackTakesTheNextRevisionAndGoesToTheKelurahansKiosksOnly() {
        set("Miroto", "BPNT");
        set("Pekunden", "PKH");
        KelurahanPrograms released = release("miroto");
        assertEquals(3, released.revision, "the hand-back takes its place among the lists");
        assertEquals("Miroto", released.kelurahan);
        assertNotNull(released.released);
        assertEquals(List.of("K0001 Miroto", "K0001 Miroto", "K0002 Miroto", "K0002 Miroto", "K0003 Pekunden"),
                rows());
        KelurahanPrograms now = city.db.read(em -> programs.forKiosk(em, "K0001", "Miroto")).orElseThrow();
        assertEquals(SyncProtocol.KIND_PROGRAMS_RELEASED, ProgramsPerKelurahan.kind(now));
        assertEquals(new ProgramsReleased("Miroto", 3), ProgramsPerKelurahan.body(now));
        assertEquals("Miroto:3:K0001", ProgramsPerKelurahan.key(now, "K0001"));
        assertEquals(SyncProtocol.KIND_PROGRAMS, ProgramsPerKelurahan.kind(city.db.read(em -> programs.forKiosk(em,
                "K0003", "Pekunden")).orElseThrow()), "another kelurahan stays set");
    }

    @Test
    void aHandBackAgainChangesNothingAndSendsNothing() {
        set("Miroto", "BPNT");
        release("Miroto");
        KelurahanPrograms first = city.db.read(em -> programs.of(em, "Miroto")).orElseThrow(); // as stored
        KelurahanPrograms again = city.db.tx(em -> programs.release(em, "MIROTO", "other-admin",
                first.released.plusSeconds(300)));
        assertEquals(first.revision, again.revision);
        assertEquals(first.released, again.released);
        assertEquals("admin", again.changedBy, "the first hand-back stays recorded");
        assertEquals(4, rows().size(), "a row per kiosk for the list and for the one hand-back");
    }

    @Test
    void aListAfterTheHandBackTakesTheKelurahanOverAgain() {
        set("Miroto", "BPNT");
        release("Miroto");
        KelurahanPrograms again = set("Miroto", "KJS");
        assertEquals(3, again.revision);
        assertNull(again.released);
        KelurahanPrograms now = city.db.read(em -> programs.forKiosk(em, "K0002", "Miroto")).orElseThrow();
        assertEquals(SyncProtocol.KIND_PROGRAMS, ProgramsPerKelurahan.kind(now));
        assertEquals(new id.anjungan.host.sync.KelurahanPrograms("Miroto", List.of("KJS"), 3),
                ProgramsPerKelurahan.body(now));
        assertEquals(6, rows().size());
    }

    @Test
    void aKelurahanNeverSetIsRecordedHandedBackSoAKioskMovedThereIsToldSo() {
        set("Miroto", "BPNT");
        KelurahanPrograms kranggan = release("Kranggan");
        assertEquals(2, kranggan.revision);
        assertEquals("", kranggan.programs);
        city.db.tx(em -> {
            register(em, "K0001", "Kranggan"); // moved from Miroto, whose list it still runs
            programs.toRegistered(em, "K0001");
            return null;
        });
        KelurahanPrograms now = city.db.read(em -> programs.forKiosk(em, "K0001", "Kranggan")).orElseThrow();
        assertEquals(new ProgramsReleased("Kranggan", 2), ProgramsPerKelurahan.body(now));
        assertEquals(List.of("K0001 Kranggan", "K0001 Miroto", "K0002 Miroto"), rows());
        assertEquals(List.of("Kranggan", "Miroto"), city.db.read(em -> programs.all(em)).stream()
                .map(row -> row.kelurahan).toList());
    }

    @Test
    void aHandBackOfALookAlikeIsRefusedAndNothingStored() {
        set("Miroto", "BPNT");
        Problem refused = assertThrows(Problem.class, () -> release("Mіroto")); // a Cyrillic і
        assertEquals(422, refused.status());
        assertEquals("invalid-kelurahan", refused.code());
        assertNull(city.db.read(em -> programs.of(em, "Miroto")).orElseThrow().released);
        assertEquals(2, rows().size());
    }

    private KelurahanPrograms release(String kelurahan) {
        return city.db.tx(em -> programs.release(em, kelurahan, "admin", city.clock.now()));
    }

    private KelurahanPrograms set(String kelurahan, String... codes) {
        return city.db.tx(em -> programs.set(em, kelurahan, List.of(codes), "admin", city.clock.now()));
    }

    private void assertRefused(String code, String kelurahan, List<String> codes) {
        Problem refused = assertThrows(Problem.class, () -> city.db.tx(em -> programs.set(em, kelurahan, codes,
                "admin", city.clock.now())));
        assertEquals(422, refused.status());
        assertEquals(code, refused.code());
    }

    private List<String> rows() {
        return city.db.read(em -> em.createQuery("select d from DownlinkRow d order by d.id", DownlinkRow.class)
                .getResultList()).stream().peek(d -> assertEquals(Downlink.PROGRAMS, d.kind))
                .map(d -> d.kiosk + " " + d.subject).sorted().toList(); // one transaction's rows in any order
    }
}
