package id.anjungan.host.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.LedgerEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredLedgerTest {

    private static final Actor CAMAT = new Actor("camat", "Pak Camat", Role.CAMAT, null);

    @TempDir
    Path dir;
    private Database db;
    private StoredLedger ledger;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        ledger = new StoredLedger();
        ledger.db = db;
        ledger.clock = new SystemClock();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void balanceIsTheSumOfEntriesAndWithdrawalsNeverOverdraw() throws Exception {
        for (int i = 0; i < 10; i++) {
            ledger.append("KOIN", 100_000, "collection", "Jumat " + i, CAMAT);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            attempts.add(pool.submit((Callable<Boolean>) () -> {
                try {
                    ledger.withdraw("KOIN", 300_000, "disbursement", "Perbaikan rumah", CAMAT);
                    return true;
                } catch (ProgramException refused) {
                    assertEquals("insufficient-balance", refused.reason().code());
                    return false;
                }
            }));
        }
        int paid = 0;
        for (Future<Boolean> f : attempts) {
            paid += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(3, paid, "1,000,000 pays three times 300,000");
        assertEquals(100_000, ledger.balance("KOIN"));
        assertEquals(ledger.balance("KOIN"), ledger.entries("KOIN").stream().mapToLong(LedgerEntry::amount).sum());
        assertTrue(ledger.verify("KOIN").intact());
    }

    @Test
    void reversalCancelsOnceAndTamperingIsDetected() {
        LedgerEntry wrong = ledger.append("KOIN", 50_000, "collection", "salah hitung", CAMAT);
        ledger.append("KOIN", 70_000, "collection", "kotak 2", CAMAT);
        ledger.reverse("KOIN", wrong.sequence(), "salah hitung, seharusnya 5.000", CAMAT);
        assertThrows(ProgramException.class, () -> ledger.reverse("KOIN", wrong.sequence(), "lagi", CAMAT));
        assertEquals(70_000, ledger.balance("KOIN"));
        assertTrue(ledger.verify("KOIN").intact());

        db.tx(em -> em.createNativeQuery("UPDATE ledger_entry SET amount_rp = 700000 WHERE seq_no = 2").executeUpdate());
        var verification = ledger.verify("KOIN");
        assertFalse(verification.intact());
        assertEquals(2, verification.firstBroken());
    }
}
