package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.OriginKiosk;
import id.anjungan.host.persistence.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * One database transaction of the city's inbox, for one message or a consumer's batch. What a message alone touches
 * (its inbox key, its case, its kiosk's audit chain) is locked as it is applied; what messages share is taken at the
 * end, in one order for every transaction: the kiosks' registry rows by kiosk id, then the city chain's head, held
 * until the commit. Two batches then never wait on each other crosswise for those.
 */
final class InboxTransaction {

    private static final Logger LOG = Logger.getLogger(InboxTransaction.class.getName());

    final EntityManager em;
    private final Database db;
    private final Instant now;
    private final Map<String, Heard> heard = new TreeMap<>();
    private final List<Consumer<EntityManager>> chained = new ArrayList<>();

    private static final class Heard {
        long messages;
        String kelurahan;
        String kecamatan;
    }

    InboxTransaction(Database db, EntityManager em, Instant now) {
        this.db = db;
        this.em = em;
        this.now = now;
    }

    /** A message from {@code kiosk}; where it stands when the message says (a case), else null. */
    void heard(String kiosk, String kelurahan, String kecamatan) {
        Heard h = heard.computeIfAbsent(kiosk, k -> new Heard());
        h.messages++;
        if (kelurahan != null && kecamatan != null) {
            h.kelurahan = kelurahan;
            h.kecamatan = kecamatan;
        }
    }

    /** An entry of the city's own chain, written at the end so that its head is the last lock taken. */
    void chain(Consumer<EntityManager> entry) {
        chained.add(entry);
    }

    /** The registry, then the chain's entries in the order they were asked for; the caller commits next. */
    void finish() {
        heard.forEach(this::register);
        chained.forEach(entry -> entry.accept(em));
    }

    private void register(String kiosk, Heard h) {
        if (count(kiosk, h.messages) == 0) {
            created(kiosk);
            if (count(kiosk, h.messages) == 0) {
                throw new IllegalStateException("kiosk " + kiosk + " not registered");
            }
        }
        if (h.kelurahan != null) {
            em.createQuery("update OriginKiosk k set k.kelurahan = :kel, k.kecamatan = :kec where k.id = :id")
                    .setParameter("kel", h.kelurahan).setParameter("kec", h.kecamatan).setParameter("id", kiosk)
                    .executeUpdate();
        }
    }

    /** One statement: consumers applying one kiosk's messages at once count every one. */
    private int count(String kiosk, long messages) {
        return em.createQuery("update OriginKiosk k set k.messages = k.messages + :n, k.lastMessage = :now"
                        + " where k.id = :id").setParameter("n", messages).setParameter("now", now)
                .setParameter("id", kiosk).executeUpdate();
    }

    /**
     * A new kiosk's row, committed at once in a transaction of its own: inserted in this one, the row would keep every
     * other batch from that kiosk waiting on its key until this commits, and then failing.
     */
    private void created(String kiosk) {
        try {
            db.tx(other -> {
                if (other.find(OriginKiosk.class, kiosk) == null) {
                    OriginKiosk k = new OriginKiosk();
                    k.id = kiosk;
                    k.lastMessage = now;
                    other.persist(k);
                }
                return null;
            });
        } catch (PersistenceException raced) {
            LOG.fine(() -> "Kiosk " + kiosk + " registered at once by another consumer: " + raced.getMessage());
        }
    }
}
