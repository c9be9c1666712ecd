package id.anjungan.host.relay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox row commits with its case change or not at all; the offline rule; an island kiosk writes nothing. */
class OutboxRuleTest {

    static final String NIK = RelayTest.NIK;
    static final Actor TKSK = new Actor("tksk", "Bu Tini", Role.TKSK, null);

    @TempDir
    Path dir;

    @Test
    void everyOpeningTransitionAndAnnotationQueuesARowAndARefusedOneNone() {
        try (CityKiosk kiosk = new CityKiosk(dir, true)) {
            String tracking = kiosk.intake.file(NIK, null, "3374010101010001");
            assertEquals(1, kiosk.unsent());
            kiosk.intake.cases.transition(tracking, "proses", "dicek", TKSK);
            assertEquals(2, kiosk.unsent());
            kiosk.intake.cases.annotate(tracking, Map.of("catatan", "rumah dikunjungi"), "kunjungan", TKSK);
            assertEquals(3, kiosk.unsent());
            assertThrows(Problem.class, () -> kiosk.intake.file("3374014101800011", null, "3374010101010001"),
                    "the household is claimed on this kiosk already");
            assertThrows(ProgramException.class, () -> kiosk.intake.cases.transition(tracking, "proses", null, TKSK),
                    "no such step from this state");
            assertEquals(3, kiosk.unsent(), "a refused filing or step leaves no row");
        }
    }

    @Test
    void anIslandKioskWritesNothingAndNeverRefuses() {
        try (CityKiosk kiosk = new CityKiosk(dir, false)) {
            kiosk.intake.file(NIK, null, null);
            kiosk.clock.ahead = Duration.ofDays(400);
            kiosk.intake.file(NIK, null, null);
            long rows = kiosk.db.read(em -> em.createQuery("select count(o) from OutboxRow o", Long.class)
                    .getSingleResult());
            assertEquals(0, rows);
        }
    }

    @Test
    void afterTheDaysWithoutTheCityNewFilingsAreRefusedWithTheReasonWhileLookupsWork() {
        try (CityKiosk kiosk = new CityKiosk(dir, true)) {
            String tracking = kiosk.intake.file(NIK, null, null);
            kiosk.clock.ahead = Duration.ofDays(6);
            kiosk.intake.file(NIK, null, null); // within the seven days of the setting
            kiosk.clock.ahead = Duration.ofDays(7).plusMinutes(1);

            Problem refused = assertThrows(Problem.class, () -> kiosk.intake.file(NIK, null, null));
            assertEquals(503, refused.status());
            assertEquals("city-offline", refused.code());
            assertTrue(refused.detail().id().contains("lebih dari 7 hari"), refused.detail().id());
            assertTrue(refused.detail().id().contains("minta petugas"), refused.detail().id());
            assertTrue(refused.detail().en().contains("reconnect"), refused.detail().en());
            assertTrue(kiosk.outbox.refusing());
            assertTrue(kiosk.intake.cases.find(tracking).isPresent(), "status lookups keep working");

            kiosk.outbox.sent(tracking, Long.MAX_VALUE); // the city took the oldest case: counted from the next one
            assertTrue(!kiosk.outbox.refusing(), "the oldest waiting change is a day younger");
            kiosk.intake.file(NIK, null, null);
        }
    }
}
