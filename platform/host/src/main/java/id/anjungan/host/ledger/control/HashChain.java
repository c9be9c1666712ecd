package id.anjungan.host.ledger.control;

import id.anjungan.host.ledger.entity.ChainHead;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.KeyLocks;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 chaining shared by the ledgers and the audit log. */
public final class HashChain {

    private HashChain() {
    }

    /** Hash of an entry: over the previous entry's hash and this entry's fields, joined unambiguously. */
    public static String link(String previousHash, Object... fields) {
        StringBuilder content = new StringBuilder(previousHash);
        for (Object field : fields) {
            String text = String.valueOf(field);
            content.append('|').append(text.length()).append(':').append(text);
        }
        return HEX.formatHex(SHA_256.get().digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * An entry's time as a chain stores it: whole milliseconds, the precision its hash covers. PostgreSQL keeps
     * microseconds and rounds, so a time of x.9995 ms or later came back a millisecond later than it was hashed, and
     * about one entry in 2,000 of a chain stored there failed verification.
     */
    public static java.time.Instant stamp(java.time.Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread, not a provider lookup for every audit entry (digest() resets it for the next). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** The chain's head, locked for this transaction; created (in its own transaction) when the chain is new. */
    public static ChainHead lock(Database db, EntityManager em, String chain) {
        ChainHead head = em.find(ChainHead.class, chain, LockModeType.PESSIMISTIC_WRITE);
        if (head != null) {
            return head;
        }
        synchronized (KeyLocks.of(chain)) {
            db.tx(other -> {
                if (other.find(ChainHead.class, chain) == null) {
                    ChainHead created = new ChainHead();
                    created.name = chain;
                    other.persist(created);
                }
                return null;
            });
        }
        return em.find(ChainHead.class, chain, LockModeType.PESSIMISTIC_WRITE);
    }
}
