package id.anjungan.host.city.control;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.audit.entity.AuditRow;
import id.anjungan.host.city.entity.OriginAuditEntry;
import id.anjungan.host.city.entity.OriginChain;
import id.anjungan.host.ledger.control.HashChain;
import id.anjungan.host.sync.AuditBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Each kiosk's audit chain, kept per origin: every entry must follow from the one before (the kiosk's own hash), a
 * batch may arrive before the one preceding it or overlap one already here, and the contiguous verified head of each
 * chain is anchored in the city's own chain, so that an entry altered later at the kiosk or in the city's copy shows.
 */
@ApplicationScoped
public class OriginAudits {

    private static final Logger LOG = Logger.getLogger(OriginAudits.class.getName());
    /** The city chain's action that anchors an origin's head: subject the kiosk, detail {@code seq=<n> hash=<h>}. */
    public static final String ANCHOR = "origin-anchor";

    @Inject
    HashChainedAudit audit;

    /** Stores the batch's new entries and advances the origin's verified head; refuses a batch that does not follow. */
    String apply(InboxTransaction tx, AuditBatch batch) {
        EntityManager em = tx.em;
        OriginChain chain = chain(em, batch.kiosk());
        List<AuditBatch.Entry> entries = batch.entries();
        long first = entries.get(0).sequence();
        for (int i = 0; i < entries.size(); i++) {
            AuditBatch.Entry e = entries.get(i);
            if (e.sequence() != first + i || e.hash() == null) {
                throw new UnusableMessage("audit batch of " + batch.kiosk() + " is not consecutive at " + e.sequence());
            }
            if (i > 0 && !follows(entries.get(i - 1).hash(), e)) {
                throw refused(batch.kiosk(), e.sequence(), "does not follow the entry before it");
            }
        }
        Map<Long, OriginAuditEntry> stored = stored(em, batch.kiosk(), Math.max(1, first - 1), first + entries.size() - 1);
        String before = first == 1 ? "" : stored.containsKey(first - 1) ? stored.get(first - 1).hash : null;
        if (before != null && !follows(before, entries.get(0))) {
            throw refused(batch.kiosk(), first, "does not follow the entry stored before it");
        }
        int added = 0;
        for (AuditBatch.Entry e : entries) {
            OriginAuditEntry known = stored.get(e.sequence());
            if (known == null) {
                em.persist(row(batch.kiosk(), e));
                added++;
            } else if (!known.hash.equals(e.hash())) {
                throw refused(batch.kiosk(), e.sequence(), "differs from the entry stored");
            }
        }
        em.flush();
        return advance(tx, chain) ? "anchored" : added == 0 ? "known" : "pending";
    }

    private static UnusableMessage refused(String kiosk, long sequence, String why) {
        String message = "audit entry " + sequence + " of " + kiosk + " " + why + ": refused";
        LOG.warning(message);
        return new UnusableMessage(message);
    }

    private static boolean follows(String previous, AuditBatch.Entry e) {
        return HashChainedAudit.hash(previous, e.sequence(), e.recorded(), e.actor(), e.action(), e.subject(),
                e.detail(), e.subjectKey()).equals(e.hash());
    }

    private static boolean follows(String previous, OriginAuditEntry e) {
        return HashChainedAudit.hash(previous, e.sequence, e).equals(e.hash);
    }

    /**
     * Moves the verified head over the stored entries that follow it and anchors it in the city's chain. Entries
     * stored before their predecessor arrived that turn out not to follow it are dropped, and the problem kept.
     */
    private boolean advance(InboxTransaction tx, OriginChain chain) {
        EntityManager em = tx.em;
        long n = chain.verifiedSequence;
        String hash = chain.verifiedHash == null ? "" : chain.verifiedHash;
        List<OriginAuditEntry> after = em.createQuery("select e from OriginAuditEntry e where e.kiosk = :k"
                        + " and e.sequence > :n order by e.sequence", OriginAuditEntry.class)
                .setParameter("k", chain.kiosk).setParameter("n", n).getResultList();
        for (OriginAuditEntry e : after) {
            if (e.sequence != n + 1) {
                break;
            }
            if (!follows(hash, e)) {
                long dropped = em.createQuery("delete from OriginAuditEntry e where e.kiosk = :k and e.sequence > :n")
                        .setParameter("k", chain.kiosk).setParameter("n", n).executeUpdate();
                chain.problem = "entri " + (n + 1) + " tidak menyambung; " + dropped + " entri ditolak";
                LOG.warning("Audit entry " + (n + 1) + " of " + chain.kiosk + " does not follow entry " + n + ": "
                        + dropped + " entries stored ahead of it dropped");
                break;
            }
            n = e.sequence;
            hash = e.hash;
        }
        if (n == chain.verifiedSequence) {
            return false;
        }
        chain.verifiedSequence = n;
        chain.verifiedHash = hash;
        String anchor = "seq=" + n + " hash=" + hash;
        tx.chain(last -> audit.record(last, CaseSnapshots.SYNC, ANCHOR, chain.kiosk, anchor, null));
        return true;
    }

    private static OriginChain chain(EntityManager em, String kiosk) {
        OriginChain chain = em.find(OriginChain.class, kiosk, LockModeType.PESSIMISTIC_WRITE);
        if (chain == null) {
            chain = new OriginChain();
            chain.kiosk = kiosk;
            chain.verifiedHash = "";
            em.persist(chain);
            em.flush(); // a second consumer creating it at once fails on the key and retries
        }
        return chain;
    }

    private static Map<Long, OriginAuditEntry> stored(EntityManager em, String kiosk, long from, long to) {
        Map<Long, OriginAuditEntry> byNumber = new HashMap<>();
        em.createQuery("select e from OriginAuditEntry e where e.kiosk = :k and e.sequence between :a and :b",
                        OriginAuditEntry.class).setParameter("k", kiosk).setParameter("a", from).setParameter("b", to)
                .getResultList().forEach(e -> byNumber.put(e.sequence, e));
        return byNumber;
    }

    private static OriginAuditEntry row(String kiosk, AuditBatch.Entry e) {
        OriginAuditEntry row = new OriginAuditEntry();
        row.kiosk = kiosk;
        row.sequence = e.sequence();
        row.recorded = HashChain.stamp(e.recorded()); // a kiosk's Derby kept nanoseconds
        row.actor = e.actor();
        row.action = e.action();
        row.subject = e.subject();
        row.detail = e.detail();
        row.subjectKey = e.subjectKey();
        row.hash = e.hash();
        return row;
    }

    /** One origin's chain as verified now. */
    public record Verified(String kiosk, long stored, long verifiedUpTo, long anchoredUpTo, boolean intact,
                           String problem) {
    }

    /**
     * Walks each origin's stored chain from its first entry again and compares the head with its last anchor in the
     * city's chain: an entry altered in the city's copy, or an anchor that no longer matches, shows here.
     */
    public List<Verified> verify(EntityManager em) {
        return em.createQuery("select c from OriginChain c order by c.kiosk", OriginChain.class).getResultList()
                .stream().map(c -> verify(em, c)).toList();
    }

    private static Verified verify(EntityManager em, OriginChain chain) {
        List<OriginAuditEntry> rows = em.createQuery("select e from OriginAuditEntry e where e.kiosk = :k"
                + " order by e.sequence", OriginAuditEntry.class).setParameter("k", chain.kiosk).getResultList();
        long n = 0;
        String hash = "";
        String problem = null;
        for (OriginAuditEntry e : rows) {
            if (e.sequence != n + 1) {
                break; // entries ahead of a gap wait for the batch before them
            }
            if (!follows(hash, e)) {
                problem = "entri " + e.sequence + " diubah (altered)";
                break;
            }
            n = e.sequence;
            hash = e.hash;
        }
        List<AuditRow> anchors = em.createQuery("select a from AuditRow a where a.action = :a and a.subject = :k"
                        + " order by a.sequence desc", AuditRow.class).setParameter("a", ANCHOR)
                .setParameter("k", chain.kiosk).setMaxResults(1).getResultList();
        long anchored = 0;
        if (!anchors.isEmpty()) {
            String[] parts = anchors.get(0).detail.split("[= ]");
            anchored = Long.parseLong(parts[1]);
            final long at = anchored;
            String expected = rows.stream().filter(e -> e.sequence == at).map(e -> e.hash).findFirst().orElse(null);
            if (problem == null && (anchored > n || !parts[3].equals(expected))) {
                problem = "jangkar " + anchored + " tidak cocok (anchor does not match)";
            }
        }
        if (problem == null && chain.problem != null) {
            problem = chain.problem;
        }
        return new Verified(chain.kiosk, rows.size(), n, anchored, problem == null || problem.equals(chain.problem),
                problem);
    }
}
