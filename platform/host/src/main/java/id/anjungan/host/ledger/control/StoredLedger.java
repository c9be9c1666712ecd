package id.anjungan.host.ledger.control;

import id.anjungan.host.ledger.entity.ChainHead;
import id.anjungan.host.ledger.entity.LedgerRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.osgi.PlatformService;
import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.LedgerEntry;
import id.anjungan.spi.platform.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Ledgers in the database, appended under a lock on the chain head so the balance check and the append are one step. */
@ApplicationScoped
public class StoredLedger implements Ledger, PlatformService {

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    @Override
    public Class<?> serviceType() {
        return Ledger.class;
    }

    @Override
    public LedgerEntry append(String ledger, long amount, String kind, String memo, Actor actor) {
        return db.txRetrying(em -> add(em, HashChain.lock(db, em, chain(ledger)), ledger, amount, kind, memo, actor, 0));
    }

    @Override
    public LedgerEntry withdraw(String ledger, long amount, String kind, String memo, Actor actor) {
        long out = -Math.abs(amount);
        return db.txRetrying(em -> {
            ChainHead head = HashChain.lock(db, em, chain(ledger));
            if (head.balance + out < 0) {
                throw ProgramException.of("insufficient-balance",
                        "Saldo tidak mencukupi: tersedia Rp" + head.balance + ", diminta Rp" + Math.abs(amount) + ".",
                        "Insufficient balance: Rp" + head.balance + " available, Rp" + Math.abs(amount) + " requested.");
            }
            return add(em, head, ledger, out, kind, memo, actor, 0);
        });
    }

    @Override
    public LedgerEntry reverse(String ledger, long sequence, String reason, Actor actor) {
        return db.txRetrying(em -> {
            ChainHead head = HashChain.lock(db, em, chain(ledger));
            LedgerRow original = row(em, ledger, sequence).orElseThrow(() -> ProgramException.of("unknown-entry",
                    "Catatan nomor " + sequence + " tidak ada.", "There is no entry number " + sequence + "."));
            boolean reversed = !em.createQuery("select r.id from LedgerRow r where r.ledger = :l and r.reverses = :s",
                    Long.class).setParameter("l", ledger).setParameter("s", sequence).getResultList().isEmpty();
            if (reversed || original.reverses != 0) {
                throw ProgramException.of("already-reversed", "Catatan ini sudah dikoreksi.",
                        "This entry was already corrected.");
            }
            if (head.balance - original.amount < 0) {
                throw ProgramException.of("insufficient-balance", "Koreksi ini membuat saldo negatif.",
                        "This correction would make the balance negative.");
            }
            return add(em, head, ledger, -original.amount, "reversal", reason, actor, sequence);
        });
    }

    @Override
    public long balance(String ledger) {
        return db.read(em -> Optional.ofNullable(em.find(ChainHead.class, chain(ledger))).map(h -> h.balance).orElse(0L));
    }

    @Override
    public List<LedgerEntry> entries(String ledger) {
        return db.read(em -> em.createQuery("select r from LedgerRow r where r.ledger = :l order by r.sequence",
                LedgerRow.class).setParameter("l", ledger).getResultList()).stream().map(StoredLedger::entry).toList();
    }

    @Override
    public Verification verify(String ledger) {
        List<LedgerEntry> entries = entries(ledger);
        String previous = "";
        long expected = 1;
        long sum = 0;
        for (LedgerEntry e : entries) {
            if (e.sequence() != expected) {
                return new Verification(false, entries.size(), expected, "entry " + expected + " is missing or out of order");
            }
            if (!e.hash().equals(hashOf(previous, e))) {
                return new Verification(false, entries.size(), expected, "entry " + expected + " was altered");
            }
            previous = e.hash();
            sum += e.amount();
            expected++;
        }
        long head = balance(ledger);
        if (sum != head) {
            return new Verification(false, entries.size(), expected, "balance " + head + " differs from the entries' sum " + sum);
        }
        return new Verification(true, entries.size(), 0, null);
    }

    private LedgerEntry add(EntityManager em, ChainHead head, String ledger, long amount, String kind, String memo,
                            Actor actor, long reverses) {
        LedgerRow row = new LedgerRow();
        row.ledger = ledger;
        row.sequence = head.lastSequence + 1;
        row.recorded = HashChain.stamp(clock.now());
        row.amount = amount;
        row.kind = kind;
        row.memo = memo;
        row.actor = actor.displayName() + " (" + actor.role() + ")";
        row.reverses = reverses;
        row.hash = hashOf(head.lastHash, entry(row));
        em.persist(row);
        head.lastSequence = row.sequence;
        head.lastHash = row.hash;
        head.balance += amount;
        return entry(row);
    }

    private static Optional<LedgerRow> row(EntityManager em, String ledger, long sequence) {
        return em.createQuery("select r from LedgerRow r where r.ledger = :l and r.sequence = :s", LedgerRow.class)
                .setParameter("l", ledger).setParameter("s", sequence).getResultList().stream().findFirst();
    }

    private static String hashOf(String previous, LedgerEntry e) {
        return HashChain.link(previous, e.ledger(), e.sequence(), e.at().toEpochMilli(), e.amount(), e.kind(), e.memo(),
                e.actor(), e.reverses());
    }

    private static LedgerEntry entry(LedgerRow r) {
        return new LedgerEntry(r.ledger, r.sequence, r.recorded, r.amount, r.kind, r.memo, r.actor, r.reverses, r.hash);
    }

    private static String chain(String ledger) {
        return "ledger:" + ledger;
    }
}
