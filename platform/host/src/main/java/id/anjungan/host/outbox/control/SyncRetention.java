package id.anjungan.host.outbox.control;

import id.anjungan.host.config.KioskIdentity;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.persistence.AgedRows;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * How long the sync's bookkeeping is kept; pruned ten minutes after the start and every six hours, in batches
 * ({@link AgedRows}).
 * <ul>
 * <li>A relaying kiosk forgets what the city's broker took before {@code anjungan.city.sent.retention.days} (30):
 * sent outbox rows, kept only to say when a change went, and the record of attachments sent, which spares sending a
 * photo again with a later step of its case (forgotten, the photo goes once more and the city, holding it under the
 * same attachment id, keeps it once). An unsent row is never old: its sent time is empty.</li>
 * <li>A city node forgets the ids of messages applied before {@code anjungan.city.inbox.retention.days} (30). An id
 * is needed while its message can come again: a redelivery within minutes, a kiosk restored from a backup a week or
 * more old (it sends everything after the backup again), dead letters an operator moves back. Thirty days covers
 * these with room; a message older than that which still comes is absorbed by the stores themselves (a snapshot with
 * no more steps than the city's copy, an attachment id the city holds, an audit entry with the same hash change
 * nothing), only without the short cut. Every node prunes: the deletes are idempotent. It also forgets the downlink
 * rows the broker took before {@code anjungan.city.sent.retention.days}: a kiosk's queue holds what they announced.</li>
 * </ul>
 * Either retention is at least a day: a redelivery in progress must still find its id.
 */
@ApplicationScoped
public class SyncRetention {

    private static final Logger LOG = Logger.getLogger(SyncRetention.class.getName());
    static final AgedRows SENT_ROWS = new AgedRows("OutboxRow", "id", "sent");
    static final AgedRows SENT_ATTACHMENTS = new AgedRows("SentAttachment", "id", "sent");
    static final AgedRows APPLIED_IDS = new AgedRows("InboxRow", "id", "received");
    static final AgedRows SENT_DOWNLINK = new AgedRows("DownlinkRow", "id", "sent");

    @Inject
    Database db;
    @Inject
    KioskClock clock;
    @Inject
    Threads threads;

    boolean kiosk = KioskIdentity.relays();
    boolean city = "city".equalsIgnoreCase(Settings.value(Setting.ROLE))
            && Settings.get(Setting.CITY_BROKER_URL).isPresent();
    Duration keepSent = days(Setting.CITY_SENT_RETENTION_DAYS);
    Duration keepApplied = days(Setting.CITY_INBOX_RETENTION_DAYS);
    private ScheduledExecutorService schedule;

    private static Duration days(Setting setting) {
        return Duration.ofDays(Math.max(1, Settings.number(setting)));
    }

    public synchronized void start() {
        if (kiosk || city) {
            schedule = threads.scheduled("sync-retention");
            schedule.scheduleWithFixedDelay(this::pruneQuietly, 10, 6 * 60, TimeUnit.MINUTES);
        }
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    /** Deletes what is past its retention on this kiosk or city node; how many rows. */
    public int prune() {
        Instant now = clock.now();
        int pruned = 0;
        if (kiosk) {
            pruned += SENT_ROWS.deleteBefore(db, now.minus(keepSent))
                    + SENT_ATTACHMENTS.deleteBefore(db, now.minus(keepSent));
        }
        if (city) {
            pruned += APPLIED_IDS.deleteBefore(db, now.minus(keepApplied))
                    + SENT_DOWNLINK.deleteBefore(db, now.minus(keepSent));
        }
        return pruned;
    }

    private void pruneQuietly() {
        try {
            int pruned = prune();
            LOG.fine(() -> pruned + " sync row(s) past their retention pruned");
        } catch (RuntimeException e) {
            LOG.warning("Sync rows not pruned, tried again later: " + e);
        }
    }
}
