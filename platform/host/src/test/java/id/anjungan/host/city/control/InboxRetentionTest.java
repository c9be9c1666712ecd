package id.anjungan.host.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.outbox.control.TestOutbox;
import id.anjungan.host.security.control.SettableClock;
import id.anjungan.host.sync.Outcome;
import id.anjungan.spi.platform.KioskClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The city forgets applied message ids after 30 days, and a kiosk that resends such old messages (restored from an
 * old backup) still changes nothing: the stores absorb them without the ids.
 */
class InboxRetentionTest {

    @TempDir
    Path dir;
    CityFixture city;
    final KioskMessages tembalang = new KioskMessages(1, "Tembalang", "Tembalang");

    @BeforeEach
    void open() throws Exception {
        city = CityFixture.derby(dir);
    }

    @AfterEach
    void close() {
        city.close();
    }

    static KioskClock at(Instant now) {
        return new SettableClock(now);
    }

    String state() {
        return "cases=" + city.count("kiosk_case") + " steps=" + city.count("case_step") + " audit="
                + city.count("origin_audit") + " anchors=" + city.count("audit_entry") + " claims="
                + city.count("city_claim") + " conflicts=" + city.count("city_conflict") + " attachments="
                + city.count("attachment");
    }

    @Test
    void idsOlderThanTheRetentionGoAndTheirMessagesComingAgainChangeNothing() throws Exception {
        List<Inbound> batch = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            batch.add(tembalang.message(tembalang.snapshot(tembalang.tracking(i), 2, i == 1 ? "3374010101010001" : null)));
        }
        batch.add(tembalang.message(tembalang.nextAudit(6)));
        byte[] photo = KioskMessages.png(2_000);
        batch.forEach(city.inbox::apply);
        String photoId = UUID.randomUUID().toString();
        city.inbox.apply(tembalang.attachment(photoId, photo, KioskMessages.sha256(photo)));
        String applied = state();
        assertEquals(5, city.count("sync_inbox"));

        Instant now = Instant.now();
        assertEquals(0, TestOutbox.retention(city.db, at(now.plus(Duration.ofDays(29))), false, true).prune(),
                "within 30 days every id stays");
        assertEquals(5, TestOutbox.retention(city.db, at(now.plus(Duration.ofDays(31))), false, true).prune());
        assertEquals(0, city.count("sync_inbox"));

        List<Outcome> outcomes = new ArrayList<>();
        batch.forEach(m -> outcomes.addAll(city.inbox.apply(m)));
        outcomes.addAll(city.inbox.apply(tembalang.attachment(photoId, photo, KioskMessages.sha256(photo))));
        assertEquals(applied, state(), "a kiosk restored from a backup older than the retention");
        assertEquals(List.of(), outcomes, "and no outcome a second time: the cases were received long ago");
        assertTrue(city.audit.verify().intact());
    }

    @Test
    void aKioskNeverPrunesTheCitysIds() {
        city.inbox.apply(tembalang.message(tembalang.snapshot(tembalang.tracking(1), 1, null)));
        assertEquals(0, TestOutbox.retention(city.db, at(Instant.now().plus(Duration.ofDays(90))), true, false)
                .prune());
        assertEquals(1, city.count("sync_inbox"));
    }
}
