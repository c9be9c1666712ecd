package id.anjungan.host.counters.control;

import id.anjungan.host.counters.entity.ClaimRow;
import id.anjungan.host.counters.entity.CounterRow;
import id.anjungan.host.counters.entity.QuotaSlot;
import id.anjungan.host.modules.control.CallScope;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.persistence.KeyLocks;
import id.anjungan.host.osgi.PlatformService;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims, counters and quotas in the database. A claim relies on the primary key, a counter and a quota on a row
 * lock, so they hold across threads, kiosks and a shared PostgreSQL alike.
 */
@ApplicationScoped
public class StoredCounters implements Counters, PlatformService {

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    @Override
    public Class<?> serviceType() {
        return Counters.class;
    }

    @Override
    public Claim claimOnce(String scope, String key, String by, Map<String, String> details) {
        return CallScope.write(() -> claim(scope, key, by, details));
    }

    private Claim claim(String scope, String key, String by, Map<String, String> details) {
        synchronized (KeyLocks.of(scope + "|" + key)) {
            Optional<Claim> first = claimed(scope, key);
            if (first.isPresent()) {
                return first.get();
            }
            try {
                return db.tx(em -> new Claim(true, insertClaim(em, scope, key, by, details), by, details));
            } catch (PersistenceException lost) { // another kiosk on the same database was faster
                return claimed(scope, key).orElseThrow(() -> lost);
            }
        }
    }

    /**
     * Inserts a claim inside the caller's transaction and answers its time (the one later lookups see); fails on flush
     * when the key was claimed before.
     */
    public java.time.Instant insertClaim(EntityManager em, String scope, String key, String by,
                                         Map<String, String> details) {
        ClaimRow row = new ClaimRow();
        row.scope = scope;
        row.claimKey = key;
        row.claimed = clock.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what PostgreSQL keeps
        row.by = by;
        row.details = JsonText.write(details);
        em.persist(row);
        em.flush();
        return row.claimed;
    }

    @Override
    public Optional<Claim> claimed(String scope, String key) {
        return db.read(em -> Optional.ofNullable(em.find(ClaimRow.class, new ClaimRow.Id(scope, key)))
                .map(r -> new Claim(false, r.claimed, r.by, JsonText.readMap(r.details))));
    }

    @Override
    public List<String> claims(String scope) {
        return db.read(em -> em.createQuery("select c.claimKey from ClaimRow c where c.scope = :s order by c.claimed",
                String.class).setParameter("s", scope).getResultList());
    }

    @Override
    public Optional<Long> add(String counter, long delta, long min, long max) {
        return CallScope.write(() -> db.txRetrying(em -> {
            CounterRow row = lock(em, counter);
            long next = row.amount + delta;
            if (next < min || next > max) {
                return Optional.<Long>empty();
            }
            row.amount = next;
            return Optional.of(next);
        }));
    }

    @Override
    public long value(String counter) {
        return db.read(em -> Optional.ofNullable(em.find(CounterRow.class, counter)).map(r -> r.amount).orElse(0L));
    }

    /** A reservation, and whether it was made just now (not found from before). */
    private record Reserved(Reservation reservation, boolean fresh) {
    }

    /**
     * Within a module call, a place reserved just now is given back should the call fail or time out before the
     * case moves ({@link CallScope}): a place is never held by a case that did not move.
     */
    @Override
    public Reservation reserve(String quota, int capacity, String holder) {
        return CallScope.write(() -> {
            Reserved reserved = db.txRetrying(em -> reserve(em, quota, capacity, holder));
            if (reserved.fresh()) {
                CallScope.undoUnlessSettled(() -> release(quota, capacity, holder));
            }
            return reserved.reservation();
        });
    }

    private Reserved reserve(EntityManager em, String quota, int capacity, String holder) {
        CounterRow tickets = lock(em, "quota:" + quota);
        Optional<QuotaSlot> existing = slot(em, quota, holder);
        if (existing.isPresent()) {
            return new Reserved(reservation(em, existing.get()), false);
        }
        long placed = count(em, quota, true);
        QuotaSlot slot = new QuotaSlot();
        slot.quota = quota;
        slot.holder = holder;
        slot.placed = placed < capacity;
        slot.ticket = tickets.amount++;
        em.persist(slot);
        return new Reserved(reservation(em, slot), true);
    }

    @Override
    public Optional<String> release(String quota, int capacity, String holder) {
        return CallScope.write(() -> db.txRetrying(em -> {
            lock(em, "quota:" + quota);
            Optional<QuotaSlot> slot = slot(em, quota, holder);
            if (slot.isEmpty()) {
                return Optional.<String>empty();
            }
            em.remove(slot.get());
            em.flush();
            if (!slot.get().placed || count(em, quota, true) >= capacity) {
                return Optional.<String>empty();
            }
            Optional<QuotaSlot> next = queue(em, quota, false).stream().findFirst();
            next.ifPresent(n -> n.placed = true);
            return next.map(n -> n.holder);
        }));
    }

    @Override
    public List<String> holders(String quota) {
        return db.read(em -> queue(em, quota, true).stream().map(s -> s.holder).toList());
    }

    @Override
    public List<String> waiting(String quota) {
        return db.read(em -> queue(em, quota, false).stream().map(s -> s.holder).toList());
    }

    private CounterRow lock(EntityManager em, String name) {
        CounterRow row = em.find(CounterRow.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            return row;
        }
        synchronized (KeyLocks.of(name)) { // create the row once, in its own transaction, then lock it
            db.tx(other -> {
                if (other.find(CounterRow.class, name) == null) {
                    CounterRow created = new CounterRow();
                    created.name = name;
                    other.persist(created);
                }
                return null;
            });
        }
        return em.find(CounterRow.class, name, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Optional<QuotaSlot> slot(EntityManager em, String quota, String holder) {
        return em.createQuery("select s from QuotaSlot s where s.quota = :q and s.holder = :h", QuotaSlot.class)
                .setParameter("q", quota).setParameter("h", holder).getResultList().stream().findFirst();
    }

    private static long count(EntityManager em, String quota, boolean placed) {
        return em.createQuery("select count(s) from QuotaSlot s where s.quota = :q and s.placed = :p", Long.class)
                .setParameter("q", quota).setParameter("p", placed).getSingleResult();
    }

    private static List<QuotaSlot> queue(EntityManager em, String quota, boolean placed) {
        return em.createQuery("select s from QuotaSlot s where s.quota = :q and s.placed = :p order by s.ticket",
                QuotaSlot.class).setParameter("q", quota).setParameter("p", placed).getResultList();
    }

    private static Reservation reservation(EntityManager em, QuotaSlot slot) {
        if (slot.placed) {
            return new Reservation(slot.holder, true, 0);
        }
        List<QuotaSlot> waiting = queue(em, slot.quota, false);
        int position = 1;
        for (QuotaSlot s : waiting) {
            if (s.holder.equals(slot.holder)) {
                break;
            }
            position++;
        }
        return new Reservation(slot.holder, false, position);
    }
}
