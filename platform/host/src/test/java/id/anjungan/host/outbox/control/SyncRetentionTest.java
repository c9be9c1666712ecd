package id.anjungan.host.outbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.host.outbox.entity.OutboxRow;
import id.anjungan.host.persistence.AgedRows;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.relay.entity.SentAttachment;
import id.anjungan.host.security.control.SettableClock;
import id.anjungan.spi.platform.KioskClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A relaying kiosk prunes what the broker took more than 30 days ago, in batches, and never an unsent row. */
class SyncRetentionTest {

    static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");
    static final KioskClock CLOCK = new SettableClock(NOW);

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void row(String tracking, Duration createdAgo, Duration sentAgo) {
        db.tx(em -> {
            OutboxRow row = new OutboxRow();
            row.tracking = tracking;
            row.created = NOW.minus(createdAgo);
            row.sent = sentAgo == null ? null : NOW.minus(sentAgo);
            em.persist(row);
            return null;
        });
    }

    private void attachment(String id, Duration sentAgo) {
        db.tx(em -> {
            SentAttachment sent = new SentAttachment();
            sent.id = id;
            sent.sent = NOW.minus(sentAgo);
            em.persist(sent);
            return null;
        });
    }

    private List<String> left() {
        return db.read(em -> em.createQuery("select o.tracking from OutboxRow o order by o.tracking", String.class)
                .getResultList());
    }

    @Test
    void sentRowsOlderThanTheRetentionGoAndUnsentOnesStayHoweverOld() {
        row("sent-long-ago", Duration.ofDays(60), Duration.ofDays(31));
        row("sent-lately", Duration.ofDays(60), Duration.ofDays(29));
        row("unsent-for-months", Duration.ofDays(90), null);
        attachment("11111111-1111-4111-8111-111111111111", Duration.ofDays(31));
        attachment("22222222-2222-4222-8222-222222222222", Duration.ofDays(1));
        assertEquals(2, TestOutbox.retention(db, CLOCK, true, false).prune());
        assertEquals(List.of("sent-lately", "unsent-for-months"), left());
        assertEquals(List.of("22222222-2222-4222-8222-222222222222"), db.read(em -> em.createQuery(
                "select a.id from SentAttachment a", String.class).getResultList()));
        assertEquals(0, TestOutbox.retention(db, CLOCK, true, false).prune(), "a second run finds nothing");
    }

    @Test
    void aLongBacklogIsPrunedBatchByBatch() {
        int rows = AgedRows.BATCH * 2 + 17;
        db.tx(em -> {
            for (int i = 0; i < rows; i++) {
                OutboxRow row = new OutboxRow();
                row.tracking = "T-" + i;
                row.created = NOW.minus(Duration.ofDays(45));
                row.sent = NOW.minus(Duration.ofDays(40));
                em.persist(row);
            }
            return null;
        });
        row("unsent", Duration.ofDays(45), null);
        assertEquals(rows, TestOutbox.retention(db, CLOCK, true, false).prune());
        assertEquals(List.of("unsent"), left());
    }

    @Test
    void anIslandKioskPrunesNothing() {
        row("sent-long-ago", Duration.ofDays(60), Duration.ofDays(31));
        attachment(UUID.randomUUID().toString(), Duration.ofDays(31));
        assertEquals(0, TestOutbox.retention(db, CLOCK, false, false).prune());
        assertEquals(List.of("sent-long-ago"), left());
    }
}
