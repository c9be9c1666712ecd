package id.anjungan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.LedgerEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Ledger} does, the testkit's in-memory one and the kiosk's stored one alike. A subclass gives a
 * fresh, empty service for each test.
 */
public abstract class LedgerContract {

    private static final Actor CAMAT = new Actor("camat", "Pak Camat", Role.CAMAT, null);

    /** An empty ledger service; called once per test. */
    protected abstract Ledger ledger();

    @Test
    void entriesAreNumberedChainedAndSumToTheBalance() {
        Ledger l = ledger();
        LedgerEntry first = l.append("KOIN", 100_000, "collection", "Jumat 1", CAMAT);
        LedgerEntry second = l.append("KOIN", 50_000, "collection", "Jumat 2", CAMAT);
        LedgerEntry out = l.withdraw("KOIN", 120_000, "disbursement", "Perbaikan atap", CAMAT);
        assertEquals(List.of(1L, 2L, 3L), l.entries("KOIN").stream().map(LedgerEntry::sequence).toList());
        assertEquals(-120_000, out.amount(), "a withdrawal is stored negative");
        assertEquals(30_000, l.balance("KOIN"));
        assertEquals("Pak Camat (CAMAT)", first.actor(), "who, with the role they acted in");
        assertEquals("collection", second.kind());
        assertEquals("Jumat 2", second.memo());
        assertNotEquals(first.hash(), second.hash());
        assertEquals(List.of(first, second, out), l.entries("KOIN"));
        assertEquals(0, l.balance("OTHER"));
        assertEquals(List.of(), l.entries("OTHER"));
        assertTrue(l.verify("KOIN").intact());
        assertEquals(3, l.verify("KOIN").entries());
        assertTrue(l.verify("OTHER").intact());
    }

    @Test
    void aWithdrawalNeverOverdrawsAndARefusedOneLeavesNothing() {
        Ledger l = ledger();
        l.append("KOIN", 100_000, "collection", "Jumat 1", CAMAT);
        ProgramException refused = assertThrows(ProgramException.class,
                () -> l.withdraw("KOIN", 100_001, "disbursement", "Terlalu banyak", CAMAT));
        assertEquals("insufficient-balance", refused.reason().code());
        assertEquals(1, l.entries("KOIN").size());
        l.withdraw("KOIN", 100_000, "disbursement", "Semua", CAMAT);
        assertEquals(0, l.balance("KOIN"), "the balance may reach zero");
    }

    @Test
    void aReversalCancelsAnEntryOnceAndNeverOverdraws() {
        Ledger l = ledger();
        l.append("KOIN", 100_000, "collection", "Jumat 1", CAMAT);
        l.append("KOIN", 20_000, "collection", "Salah catat", CAMAT);
        LedgerEntry reversal = l.reverse("KOIN", 2, "Salah ketik", CAMAT);
        assertEquals(-20_000, reversal.amount());
        assertEquals(2, reversal.reverses());
        assertEquals("reversal", reversal.kind());
        assertEquals("Salah ketik", reversal.memo());
        assertEquals(100_000, l.balance("KOIN"));
        assertEquals("already-reversed", assertThrows(ProgramException.class,
                () -> l.reverse("KOIN", 2, "Lagi", CAMAT)).reason().code());
        assertEquals("already-reversed", assertThrows(ProgramException.class,
                () -> l.reverse("KOIN", 3, "Koreksi dari koreksi", CAMAT)).reason().code(), "a reversal is not reversed");
        assertEquals("unknown-entry", assertThrows(ProgramException.class,
                () -> l.reverse("KOIN", 9, "Tidak ada", CAMAT)).reason().code());
        l.withdraw("KOIN", 90_000, "disbursement", "Bantuan", CAMAT);
        assertEquals("insufficient-balance", assertThrows(ProgramException.class,
                () -> l.reverse("KOIN", 1, "Batal", CAMAT)).reason().code(), "reversing a collection already spent");
        assertEquals(4, l.entries("KOIN").size());
        assertTrue(l.verify("KOIN").intact());
    }
}
