package id.anjungan.host.city.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.city.control.CityFixture;
import id.anjungan.host.city.control.Inbound;
import id.anjungan.host.city.control.KioskMessages;
import id.anjungan.host.city.control.KioskSites;
import id.anjungan.host.city.control.TestSenders;
import id.anjungan.host.downlink.control.TestDownlink;
import id.anjungan.host.city.control.OriginAudits;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.TestStaff;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What staff see of the city tier: the conflict worklist (key masked), the kiosks, each origin chain verified. */
class CityResourceTest {

    @TempDir
    Path dir;

    @Test
    void conflictsKiosksAndOriginChainsForStaff() {
        try (CityFixture city = CityFixture.derby(dir)) {
            KioskMessages one = new KioskMessages(1, "Tembalang", "Tembalang");
            KioskMessages two = new KioskMessages(2, "Pekunden", "Semarang Tengah");
            city.inbox.apply(one.message(one.snapshot(one.tracking(1), 1, "3374010101010001")));
            city.inbox.apply(two.message(two.snapshot(two.tracking(1), 1, "3374010101010001")));
            city.inbox.apply(one.message(one.nextAudit(4)));
            CityResource resource = resource(city, TestStaff.account(city.db, "dinsos", Role.DINSOS, null));

            List<?> conflicts = (List<?>) resource.conflicts("Semarang Tengah", null).get("conflicts");
            assertEquals(1, conflicts.size());
            Map<?, ?> conflict = (Map<?, ?>) conflicts.get(0);
            assertEquals(two.tracking(1), conflict.get("tracking"));
            assertEquals(one.tracking(1), conflict.get("heldBy"));
            assertEquals("3374••••••••0001", conflict.get("claimKey"));
            assertEquals(List.of(), resource.conflicts("Tembalang", null).get("conflicts"));

            List<?> kiosks = (List<?>) resource.kiosks().get("kiosks");
            assertEquals(Map.of("kiosk", "K0001", "registered", false, "kelurahan", "Tembalang", "kecamatan", "Tembalang",
                            "messages", 2L),
                    withoutTime((Map<?, ?>) kiosks.get(0)));
            assertEquals(List.of(new OriginAudits.Verified("K0001", 4, 4, 4, true, null)), resource.audit().get("origins"));
        }
    }

    /** A TKSK bound to a kecamatan sees its conflicts only, and is refused another's (a look-alike too). */
    @Test
    void aTkskSeesTheConflictsOfTheirKecamatanOnly() {
        try (CityFixture city = CityFixture.derby(dir)) {
            KioskMessages one = new KioskMessages(1, "Tembalang", "Tembalang");
            KioskMessages two = new KioskMessages(2, "Pekunden", "Semarang Tengah");
            city.inbox.apply(one.message(one.snapshot(one.tracking(1), 1, "3374010101010001")));
            city.inbox.apply(two.message(two.snapshot(two.tracking(1), 1, "3374010101010001")));
            CityResource resource = resource(city, TestStaff.account(city.db, "tksk-t", Role.TKSK, "Tembalang"));
            assertEquals(List.of(), resource.conflicts(null, null).get("conflicts"), "the conflict is Semarang Tengah's");
            for (String other : List.of("Semarang Tengah", "semarang tengah", "Tembаlang")) {
                assertEquals(403, assertThrows(Problem.class, () -> resource.conflicts(other, null)).status(), other);
            }
            resource.caller = TestStaff.caller(TestStaff.account(city.db, "tksk-st", Role.TKSK, "Semarang Tengah"));
            assertEquals(1, ((List<?>) resource.conflicts(null, null).get("conflicts")).size());
        }
    }

    /**
     * The admin registers where a kiosk stands; the registration, not what the kiosk's cases say, is where it is. A
     * look-alike name, a kiosk id in other digits and a request at a kiosk are refused.
     */
    @Test
    void theAdminRegistersWhereAKioskStands() {
        try (CityFixture city = CityFixture.derby(dir)) {
            KioskMessages one = new KioskMessages(1, "Tembalang", "Tembalang");
            city.inbox.apply(one.message(one.snapshot(one.tracking(1), 1, "3374010101010001")));
            CityResource resource = resource(city, TestStaff.account(city.db, "admin", Role.ADMIN, null));

            assertEquals(true, resource.register("K0001", new CityResource.SiteRequest(" Miroto ", "Semarang  Tengah"))
                    .get("created"));
            assertEquals(false, resource.register("K0001", new CityResource.SiteRequest("Miroto", "Semarang Tengah"))
                    .get("created"));
            assertEquals(true, resource.register("K0002", new CityResource.SiteRequest("Pekunden", "Semarang Tengah"))
                    .get("created"));
            List<?> kiosks = (List<?>) resource.kiosks().get("kiosks");
            Map<?, ?> first = (Map<?, ?>) kiosks.get(0);
            assertEquals(List.of("K0001", true, "Miroto", "Semarang Tengah", 1L), List.of(first.get("kiosk"),
                    first.get("registered"), first.get("kelurahan"), first.get("kecamatan"), first.get("messages")));
            assertEquals(List.of("K0001"), city.db.read(em -> new KioskSites().inKelurahan(em, "MIROTO")).stream()
                    .map(s -> s.id).toList());
            city.inbox.apply(Inbound.text("K0001:status:1", SyncProtocol.KIND_STATUS, "K0001", SyncJson.write(
                    new KioskStatus("K0001", "2026-12-07T01:00:00Z", List.of(new KioskStatus.Module("ROLL", "1.1.0",
                            "1.0.0", "ACTIVE", "UP", 1001L, null, null)), new KioskStatus.Queue(3, 60, null, true, 0)))));
            Map<?, ?> heard = (Map<?, ?>) ((List<?>) resource.kiosks().get("kiosks")).get(0);
            assertEquals("1.1.0", ((KioskStatus.Module) ((List<?>) heard.get("modules")).get(0)).version(),
                    "each module's version and health by the kiosk's heartbeat");
            assertEquals(3L, ((KioskStatus.Queue) heard.get("sync")).queued());
            assertEquals(true, heard.get("lastContactAt") != null);

            for (String[] bad : new String[][] {{"K0003", "Mirоto"}, {"K٠٠٠٣", "Miroto"}, {"K0000", "Miroto"},
                {"k0003", "Miroto"}, {"K0003", " "}}) {
                Problem refused = assertThrows(Problem.class,
                        () -> resource.register(bad[0], new CityResource.SiteRequest(bad[1], "Semarang Tengah")));
                assertEquals(422, refused.status(), String.join(",", bad));
            }
            assertEquals(2, city.db.read(em -> new KioskSites().all(em)).size(), "nothing stored by a refusal");

            resource.areas = TestStaff.areas(city.db, false);
            assertEquals(409, assertThrows(Problem.class,
                    () -> resource.register("K0003", new CityResource.SiteRequest("Miroto", "Semarang Tengah")))
                    .status());
        }
    }

    /** The resource on the city tier, for {@code caller}. */
    private static CityResource resource(CityFixture city, Actor caller) {
        CityResource resource = new CityResource();
        resource.db = city.db;
        resource.claims = city.claims();
        resource.audits = city.audits();
        resource.areas = TestStaff.areas(city.db, true);
        resource.caller = TestStaff.caller(caller);
        resource.sites = new KioskSites();
        resource.programs = TestSenders.programs(TestDownlink.on(city.db, city.clock, true));
        resource.audit = city.audit;
        resource.clock = city.clock;
        resource.statuses = city.statuses;
        return resource;
    }

    private static Map<?, ?> withoutTime(Map<?, ?> kiosk) {
        Map<Object, Object> copy = new java.util.HashMap<>(kiosk);
        copy.remove("lastMessageAt");
        return copy;
    }
}
