package id.anjungan.host.outbox.control;

import id.anjungan.host.config.KioskIdentity;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.outbox.entity.OutboxRow;
import id.anjungan.host.outbox.entity.SyncCursor;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What this kiosk still owes the city. A row is written in the transaction of the case change it announces, so a
 * change that committed is never missing here, also after a crash; the relay marks it sent once the broker took the
 * case. An island kiosk (no broker URL) writes nothing.
 */
@ApplicationScoped
public class Outbox {

    /** Queued rows, the oldest one's time, and the last time a send to the city returned. */
    public record Backlog(long queued, Optional<Instant> oldest, Optional<Instant> lastContact) {
    }

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    boolean enabled = KioskIdentity.relays();
    Duration maxOffline = Duration.ofDays(Settings.number(Setting.CITY_OFFLINE_MAX_DAYS));

    public boolean enabled() {
        return enabled;
    }

    /** Announces a change to the case inside the caller's transaction: it commits with the change, or neither does. */
    public void queue(EntityManager em, String tracking) {
        if (!enabled) {
            return;
        }
        OutboxRow row = new OutboxRow();
        row.tracking = tracking;
        row.created = clock.now();
        em.persist(row);
    }

    /** The oldest unsent rows, oldest first. */
    public List<OutboxRow> unsent(int limit) {
        return db.read(em -> em.createQuery("select o from OutboxRow o where o.sent is null order by o.id",
                OutboxRow.class).setMaxResults(limit).getResultList());
    }

    /** Marks the case's rows up to {@code upTo} sent (the snapshot sent covered them) and records the contact. */
    public void sent(String tracking, long upTo) {
        Instant now = clock.now();
        db.txRetrying(em -> {
            em.createQuery("update OutboxRow o set o.sent = :now where o.tracking = :t and o.id <= :upTo"
                    + " and o.sent is null").setParameter("now", now).setParameter("t", tracking)
                    .setParameter("upTo", upTo).executeUpdate();
            cursor(em, SyncCursor.CONTACT).moved = now;
            return null;
        });
    }

    /** Counts a failed try on the case's rows (shown to the admin, never a reason to give up). */
    public void attempted(String tracking, long upTo) {
        db.txRetrying(em -> em.createQuery("update OutboxRow o set o.attempts = o.attempts + 1 where o.tracking = :t"
                + " and o.id <= :upTo and o.sent is null").setParameter("t", tracking).setParameter("upTo", upTo)
                .executeUpdate());
    }

    /** The last audit entry the city has (0: none). */
    public long auditSent() {
        return db.read(em -> Optional.ofNullable(em.find(SyncCursor.class, SyncCursor.AUDIT)).map(c -> c.sequence)
                .orElse(0L));
    }

    /** Moves the audit cursor to {@code sequence} once the broker took the entries up to it; a contact too. */
    public void auditSent(long sequence) {
        Instant now = clock.now();
        db.txRetrying(em -> {
            SyncCursor audit = cursor(em, SyncCursor.AUDIT);
            audit.sequence = Math.max(audit.sequence, sequence);
            audit.moved = now;
            cursor(em, SyncCursor.CONTACT).moved = now;
            return null;
        });
    }

    private static SyncCursor cursor(EntityManager em, String name) {
        SyncCursor cursor = em.find(SyncCursor.class, name);
        if (cursor == null) {
            cursor = new SyncCursor();
            cursor.name = name;
            em.persist(cursor);
        }
        return cursor;
    }

    /** Whether the offline rule refuses new filings now. */
    public boolean refusing() {
        if (!enabled) {
            return false;
        }
        Optional<Instant> oldest = db.read(Outbox::oldest);
        return oldest.isPresent() && oldest.get().plus(maxOffline).isBefore(clock.now());
    }

    public long maxOfflineDays() {
        return maxOffline.toDays();
    }

    /** Ids grow with time: the first unsent row is the oldest. */
    private static Optional<Instant> oldest(EntityManager em) {
        return em.createQuery("select o.created from OutboxRow o where o.sent is null order by o.id", Instant.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Backlog backlog() {
        return db.read(em -> {
            long queued = em.createQuery("select count(o) from OutboxRow o where o.sent is null", Long.class)
                    .getSingleResult();
            Optional<Instant> contact = Optional.ofNullable(em.find(SyncCursor.class, SyncCursor.CONTACT))
                    .map(c -> c.moved);
            return new Backlog(queued, oldest(em), contact);
        });
    }

    /**
     * The offline rule (MOSIP's): a kiosk whose oldest unsent change is older than {@code anjungan.city.offline.max.days}
     * takes no new filings. Counted from that change, not from the last contact: what is at stake is the data only
     * this kiosk holds (and claims the city could not yet settle); a kiosk with nothing waiting loses nothing.
     */
    public void refuseFilingsWhenOffline() {
        if (refusing()) {
            long days = maxOffline.toDays();
            throw Problem.of(503, "city-offline", "Anjungan terlalu lama tidak tersambung ke kota",
                    "The kiosk has been cut off from the city for too long",
                    "Pengajuan baru belum dapat diterima: data anjungan ini belum terkirim ke kota selama lebih dari "
                            + days + " hari. Mohon minta petugas kelurahan menyambungkan kembali anjungan ke jaringan."
                            + " Cek perkembangan pengajuan tetap dapat dilakukan.",
                    "New applications cannot be taken: this kiosk's data has not reached the city for more than "
                            + days + " days. Please ask the kelurahan officer to reconnect the kiosk to the network."
                            + " Checking on an application still works.");
        }
    }
}
