package id.anjungan.host.downlink.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.downlink.entity.DownlinkRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What the city tier owes its kiosks. A row is written in the transaction of the change it announces (a staff step on
 * a case a kiosk filed), so a change that committed is never missing here, whichever node took it and whenever that
 * node died. Senders on every node claim rows one by one with a conditional update (the database lets one win, on
 * PostgreSQL as on Derby) for a lease; a node that dies holding a claim loses it when the lease ends. Only a city node
 * writes rows.
 */
@ApplicationScoped
public class Downlink {

    /** The kind of a downlink row that sends a case's state to the kiosk that filed it. */
    public static final String CASE_STATE = "case-state";
    /** The kind of a downlink row that sends a kelurahan's programs to one of its kiosks (subject: the kelurahan). */
    public static final String PROGRAMS = "programs";

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    boolean enabled = "city".equalsIgnoreCase(Settings.value(Setting.ROLE));

    public boolean enabled() {
        return enabled;
    }

    /** Announces a change for {@code kiosk} inside the caller's transaction: it commits with the change, or neither. */
    public void queue(EntityManager em, String kiosk, String kind, String subject) {
        if (!enabled || kiosk == null) {
            return;
        }
        DownlinkRow row = new DownlinkRow();
        row.kiosk = kiosk;
        row.kind = kind;
        row.subject = subject;
        row.created = clock.now();
        em.persist(row);
    }

    /** Unsent rows no live claim holds now, oldest first. */
    public List<DownlinkRow> due(int limit) {
        Instant now = clock.now();
        return db.read(em -> em.createQuery("select d from DownlinkRow d where d.sent is null and (d.claimedUntil is"
                + " null or d.claimedUntil < :now) order by d.id", DownlinkRow.class).setParameter("now", now)
                .setMaxResults(limit).getResultList());
    }

    /** Claims the row for {@code node} for {@code lease}; false when it was sent or another node holds it. */
    public boolean claim(long id, String node, Duration lease) {
        Instant now = clock.now();
        return db.txRetrying(em -> em.createQuery("update DownlinkRow d set d.claimedBy = :node, d.claimedUntil ="
                + " :until, d.attempts = d.attempts + 1 where d.id = :id and d.sent is null and (d.claimedUntil is"
                + " null or d.claimedUntil < :now)").setParameter("node", node).setParameter("until", now.plus(lease))
                .setParameter("id", id).setParameter("now", now).executeUpdate()) == 1;
    }

    /** After the broker took the subject's state: the rows are sent. */
    public void sent(Collection<Long> ids) {
        Instant now = clock.now();
        db.txRetrying(em -> em.createQuery("update DownlinkRow d set d.sent = :now where d.id in :ids")
                .setParameter("now", now).setParameter("ids", ids).executeUpdate());
    }

    /** A send that failed: the claims end now, so any node tries again. */
    public void released(Collection<Long> ids, String node) {
        db.txRetrying(em -> em.createQuery("update DownlinkRow d set d.claimedUntil = null, d.claimedBy = null"
                + " where d.id in :ids and d.claimedBy = :node and d.sent is null").setParameter("ids", ids)
                .setParameter("node", node).executeUpdate());
    }

    /** Rows not yet sent (the admin's view of the city's backlog, and tests). */
    public long unsent() {
        return db.read(em -> em.createQuery("select count(d) from DownlinkRow d where d.sent is null", Long.class)
                .getSingleResult());
    }

    /** Time a claim holds before another node may take the row. */
    public static Duration lease() {
        return Duration.ofSeconds(Math.max(1, Settings.number(Setting.CITY_DOWNLINK_LEASE_SECONDS)));
    }
}
