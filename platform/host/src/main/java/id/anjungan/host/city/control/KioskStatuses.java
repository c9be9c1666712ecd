package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.KioskStatusRow;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.sync.SyncJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each kiosk's newest heartbeat. A heartbeat is state, not an event: the newest by the kiosk's own clock wins and an
 * older one arriving late (a redelivery, a resend after a failover) changes nothing, so no applied-message row is kept.
 */
@ApplicationScoped
public class KioskStatuses {

    /** Largest heartbeat kept: a kiosk runs a few dozen modules, not thousands. */
    static final int MAX_CHARS = 64 * 1024;

    /** Checks the body before its transaction: an unusable one is refused like any unreadable message. */
    static Instant sentAt(KioskStatus status, String body) {
        if (body.length() > MAX_CHARS || status.modules() == null) {
            throw new UnusableMessage("a status of " + body.length() + " characters or without modules");
        }
        try {
            return Instant.parse(status.sentAt());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new UnusableMessage("a status without its time");
        }
    }

    /** Keeps the heartbeat unless a newer one is kept already; true when kept. */
    boolean apply(EntityManager em, String kiosk, Instant sentAt, String body, Instant now) {
        KioskStatusRow row = em.find(KioskStatusRow.class, kiosk, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (row != null && !sentAt.isAfter(row.reported)) {
            return false;
        }
        if (row == null) {
            row = new KioskStatusRow();
            row.kiosk = kiosk;
            em.persist(row);
        }
        row.reported = sentAt;
        row.received = now;
        row.body = body;
        return true;
    }

    /** The newest heartbeat of every kiosk heard from, by kiosk id. */
    public Map<String, Reported> all(EntityManager em) {
        Map<String, Reported> all = new LinkedHashMap<>();
        for (KioskStatusRow row : em.createQuery("select s from KioskStatusRow s order by s.kiosk", KioskStatusRow.class)
                .getResultList()) {
            all.put(row.kiosk, new Reported(SyncJson.read(row.body, KioskStatus.class), row.reported, row.received));
        }
        return all;
    }

    /** A heartbeat as the city keeps it: when the kiosk sent it and when the city took it. */
    public record Reported(KioskStatus status, Instant sent, Instant received) {

        public Optional<KioskStatus.Module> module(String code) {
            return status.modules().stream().filter(m -> code.equals(m.code())).findFirst();
        }
    }
}
