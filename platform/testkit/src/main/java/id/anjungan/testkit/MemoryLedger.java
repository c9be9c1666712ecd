package id.anjungan.testkit;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.LedgerEntry;
import id.anjungan.spi.platform.Verification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A hash-chained ledger in memory; {@link #tamper} lets tests prove that verification notices. */
public final class MemoryLedger implements Ledger {

    private final Map<String, List<LedgerEntry>> ledgers = new ConcurrentHashMap<>();
    private final KioskClock clock;

    public MemoryLedger(KioskClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized LedgerEntry append(String ledger, long amount, String kind, String memo, Actor actor) {
        return add(ledger, amount, kind, memo, actor, 0);
    }

    @Override
    public synchronized LedgerEntry withdraw(String ledger, long amount, String kind, String memo, Actor actor) {
        long out = -Math.abs(amount);
        if (balance(ledger) + out < 0) {
            throw ProgramException.of("insufficient-balance", "Saldo tidak mencukupi.", "Insufficient balance.");
        }
        return add(ledger, out, kind, memo, actor, 0);
    }

    @Override
    public synchronized LedgerEntry reverse(String ledger, long sequence, String reason, Actor actor) {
        LedgerEntry original = entries(ledger).stream().filter(e -> e.sequence() == sequence).findFirst()
                .orElseThrow(() -> ProgramException.of("unknown-entry", "Catatan tidak ditemukan.", "No such entry."));
        // as the kiosk's ledger does (LedgerContract): an entry is corrected once, a correction is not corrected
        if (original.reverses() != 0 || entries(ledger).stream().anyMatch(e -> e.reverses() == sequence)) {
            throw ProgramException.of("already-reversed", "Catatan ini sudah dikoreksi.",
                    "This entry was already corrected.");
        }
        if (balance(ledger) - original.amount() < 0) {
            throw ProgramException.of("insufficient-balance", "Koreksi ini membuat saldo negatif.",
                    "This correction would make the balance negative.");
        }
        return add(ledger, -original.amount(), "reversal", reason, actor, sequence);
    }

    @Override
    public synchronized long balance(String ledger) {
        return entries(ledger).stream().mapToLong(LedgerEntry::amount).sum();
    }

    @Override
    public synchronized List<LedgerEntry> entries(String ledger) {
        return List.copyOf(ledgers.getOrDefault(ledger, List.of()));
    }

    @Override
    public synchronized Verification verify(String ledger) {
        String previous = "";
        long expected = 1;
        for (LedgerEntry e : entries(ledger)) {
            if (e.sequence() != expected || !e.hash().equals(hash(previous, e))) {
                return new Verification(false, expected - 1, expected, "entry " + expected + " altered or missing");
            }
            previous = e.hash();
            expected++;
        }
        return new Verification(true, expected - 1, 0, null);
    }

    /** Replaces the amount of a stored entry without re-hashing, as an attacker with database access would. */
    public synchronized void tamper(String ledger, long sequence, long amount) {
        List<LedgerEntry> list = ledgers.get(ledger);
        LedgerEntry e = list.get((int) sequence - 1);
        list.set((int) sequence - 1, new LedgerEntry(e.ledger(), e.sequence(), e.at(), amount, e.kind(), e.memo(),
                e.actor(), e.reverses(), e.hash()));
    }

    private LedgerEntry add(String ledger, long amount, String kind, String memo, Actor actor, long reverses) {
        List<LedgerEntry> list = ledgers.computeIfAbsent(ledger, k -> new ArrayList<>());
        String previous = list.isEmpty() ? "" : list.get(list.size() - 1).hash();
        LedgerEntry draft = new LedgerEntry(ledger, list.size() + 1L, clock.now(), amount, kind, memo,
                actor.displayName() + " (" + actor.role() + ")", reverses, null); // as the kiosk records it
        LedgerEntry entry = new LedgerEntry(ledger, draft.sequence(), draft.at(), amount, kind, memo, draft.actor(),
                reverses, hash(previous, draft));
        list.add(entry);
        return entry;
    }

    private static String hash(String previous, LedgerEntry e) {
        String content = String.join("|", previous, e.ledger(), Long.toString(e.sequence()), e.at().toString(),
                Long.toString(e.amount()), e.kind(), String.valueOf(e.memo()), e.actor(), Long.toString(e.reverses()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException(e2);
        }
    }
}
