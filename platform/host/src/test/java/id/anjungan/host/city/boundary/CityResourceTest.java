package id.anjungan.host.city.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.host.city.control.CityFixture;
import id.anjungan.host.city.control.KioskMessages;
import id.anjungan.host.city.control.OriginAudits;
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
            CityResource resource = new CityResource();
            resource.db = city.db;
            resource.claims = city.claims();
            resource.audits = city.audits();

            List<?> conflicts = (List<?>) resource.conflicts("Semarang Tengah", null).get("conflicts");
            assertEquals(1, conflicts.size());
            Map<?, ?> conflict = (Map<?, ?>) conflicts.get(0);
            assertEquals(two.tracking(1), conflict.get("tracking"));
            assertEquals(one.tracking(1), conflict.get("heldBy"));
            assertEquals("3374••••••••0001", conflict.get("claimKey"));
            assertEquals(List.of(), resource.conflicts("Tembalang", null).get("conflicts"));

            List<?> kiosks = (List<?>) resource.kiosks().get("kiosks");
            assertEquals(Map.of("kiosk", "K0001", "kelurahan", "Tembalang", "kecamatan", "Tembalang", "messages", 2L),
                    withoutTime((Map<?, ?>) kiosks.get(0)));
            assertEquals(List.of(new OriginAudits.Verified("K0001", 4, 4, 4, true, null)), resource.audit().get("origins"));
        }
    }

    private static Map<?, ?> withoutTime(Map<?, ?> kiosk) {
        Map<Object, Object> copy = new java.util.HashMap<>(kiosk);
        copy.remove("lastMessageAt");
        return copy;
    }
}
