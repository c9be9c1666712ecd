package id.anjungan.host.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heartbeats through the city's inbox: the newest by the kiosk's clock is kept, late or foreign ones change nothing. */
class KioskStatusesTest {

    @TempDir
    Path dir;
    private CityFixture city;

    @BeforeEach
    void open() {
        city = CityFixture.derby(dir);
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void theNewestHeartbeatIsKeptAndALateOneChangesNothing() {
        city.inbox.apply(status("K0001", "K0001", "2026-12-07T01:00:30Z", "1.1.0"));
        city.inbox.apply(status("K0001", "K0001", "2026-12-07T01:00:00Z", "1.0.0")); // sent earlier, arrived later
        city.inbox.apply(status("K0001", "K0001", "2026-12-07T01:00:30Z", "1.0.0")); // the same time again
        Map<String, KioskStatuses.Reported> kept = city.db.read(city.statuses::all);
        assertEquals("1.1.0", kept.get("K0001").module("ROLL").orElseThrow().version());
        assertEquals(Instant.parse("2026-12-07T01:00:30Z"), kept.get("K0001").sent());
        assertEquals(0, city.count("sync_inbox"), "state, not events: no applied-message rows");

        city.inbox.apply(status("K0001", "K0001", "2026-12-07T01:01:00Z", "1.2.0"));
        assertEquals("1.2.0", city.db.read(city.statuses::all).get("K0001").module("ROLL").orElseThrow()
                .version());
    }

    @Test
    void aHeartbeatInAnotherKiosksNameOrWithoutItsTimeIsUnusable() {
        assertThrows(UnusableMessage.class, () -> city.inbox.apply(status("K0001", "K0002", "2026-12-07T01:00:00Z",
                "1.0.0")));
        assertThrows(UnusableMessage.class, () -> city.inbox.apply(status("K0001", "K0001", "yesterday", "1.0.0")));
        assertEquals(0, city.count("city_kiosk_status"));
    }

    private static Inbound status(String sender, String named, String sentAt, String version) {
        KioskStatus body = new KioskStatus(named, sentAt, List.of(new KioskStatus.Module("ROLL", version, null,
                "ACTIVE", "UP", null, null, null)), new KioskStatus.Queue(3, 60, sentAt, true, 0));
        return Inbound.text(SyncProtocol.duplicateId(sender, SyncProtocol.KIND_STATUS, sentAt), SyncProtocol.KIND_STATUS,
                sender, SyncJson.write(body));
    }
}
