package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.entity.Account;
import id.anjungan.spi.Role;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class AccountsTest {

    /** A hash that counts its verifications: the work a login does, which its answer time follows. */
    public static final class CountingHash implements Pbkdf2PasswordHash {
        public final AtomicInteger verifications = new AtomicInteger();

        @Override
        public String generate(char[] password) {
            return "h:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashed) {
            verifications.incrementAndGet();
            return hashed.equals(generate(password));
        }
    }

    /** Accounts on a database with the demo's PSM and TKSK, hashed by a {@link CountingHash}. */
    public static Accounts withDemoStaff(Database db, CountingHash hash) {
        Accounts accounts = new Accounts();
        accounts.db = db;
        accounts.hash = hash;
        accounts.configureHash();
        accounts.save("psm", "Pak Joko", Role.PSM, "psm123", "123456");
        accounts.save("tksk", "Bu Ratna", Role.TKSK, "tksk123", null);
        return accounts;
    }

    @TempDir
    Path dir;
    private Database db;
    private final CountingHash hash = new CountingHash();
    private Accounts accounts;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        accounts = withDemoStaff(db, hash);
        System.setProperty(Accounts.LOCK_AFTER_SETTING, "5");
    }

    @AfterEach
    void close() {
        System.clearProperty(Accounts.LOCK_AFTER_SETTING);
        db.close();
    }

    private Account stored(String username) {
        return db.read(em -> em.find(Account.class, username));
    }

    /** No timing assertion: the same hash work for every answer is what makes the time the same. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"psm, 123456", "psm, 000000", "tksk, tksk123", "tksk, wrong", "nobody, 123456", "'', 123456",
            "psm, ''"})
    void everyLoginDoesTheSameHashWorkKnownOrNot(String username, String secret) {
        hash.verifications.set(0);
        accounts.attempt(username, secret);
        assertEquals(2, hash.verifications.get());
    }

    @Test
    void logsInWithPasswordOrPin() {
        assertEquals("psm", accounts.attempt("psm", "123456").actor().username());
        assertEquals(Role.PSM, accounts.attempt("psm", "psm123").actor().role());
        assertFalse(accounts.attempt("tksk", "123456").succeeded());
        assertFalse(accounts.attempt("nobody", "123456").locked(), "an unknown name is never reported locked");
    }

    @Test
    void aNameLongerThanItsColumnOrAHugeSecretFailsLikeAWrongPassword() {
        String huge = "x".repeat(100_000);
        assertFalse(accounts.attempt(huge, "123456").succeeded());
        assertFalse(accounts.attempt("psm", huge).succeeded());
        assertFalse(accounts.attempt("psm", "123456" + "0".repeat(Accounts.LONGEST_SECRET)).succeeded());
        assertEquals("psm", accounts.attempt("psm", "123456").actor().username(), "and counts as no failure of psm's");
    }

    @Test
    void consecutiveFailuresLockUntilAnAdminUnlocks() {
        for (int i = 1; i < 5; i++) {
            Accounts.Attempt wrong = accounts.attempt("psm", "00000" + i);
            assertFalse(wrong.succeeded() || wrong.locked(), "attempt " + i);
        }
        assertTrue(accounts.attempt("psm", "000005").locked(), "the fifth failure locks");
        Accounts.Attempt right = accounts.attempt("psm", "123456");
        assertFalse(right.succeeded(), "the right PIN does not open a locked account");
        assertTrue(right.locked());
        assertNotNull(stored("psm").locked);
        assertTrue(accounts.unlock("psm"));
        assertTrue(accounts.attempt("psm", "123456").succeeded());
        assertEquals(0, stored("psm").failedLogins);
        assertFalse(accounts.unlock("nobody"));
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                accounts.attempt("tksk", "wrong" + i);
            }
            assertTrue(accounts.attempt("tksk", "tksk123").succeeded(), "round " + round);
        }
        assertEquals(0, stored("tksk").failedLogins);
    }

    /** Counted in the database, not read-modify-write: parallel guesses cannot overwrite each other's failure. */
    @Test
    void concurrentGuessesAllCount() throws Exception {
        System.setProperty(Accounts.LOCK_AFTER_SETTING, "24");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Accounts.Attempt>> guesses = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String pin = String.format("%06d", i);
            guesses.add(pool.submit(() -> accounts.attempt("psm", pin)));
        }
        for (Future<Accounts.Attempt> g : guesses) {
            assertFalse(g.get().succeeded());
        }
        pool.shutdown();
        assertEquals(24, stored("psm").failedLogins);
        assertNotNull(stored("psm").locked);
    }

    @Test
    void anAdminCreatesATkskOfAKecamatanAndEditsItWithoutTouchingThePassword() {
        assertTrue(accounts.change("tksk-tembalang", AccountChange.checked(" Bu Wati ", "tksk", "rahasia-1",
                null, "  tembalang ", null, true)));
        assertEquals("tembalang", stored("tksk-tembalang").kecamatan, "stored in its canonical spelling");
        assertFalse(accounts.change("tksk-tembalang", AccountChange.checked("Bu Wati", "TKSK", null, null,
                "Candisari", "Jomblang", true)));
        assertEquals("Candisari", stored("tksk-tembalang").kecamatan);
        assertEquals("Jomblang", stored("tksk-tembalang").kelurahan);
        assertTrue(accounts.attempt("tksk-tembalang", "rahasia-1").succeeded(), "the password kept");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "invalid-role|RESIDENT|rahasia-1||Tembalang",
            "invalid-password|TKSK|short||Tembalang",
            "invalid-pin|TKSK|rahasia-1|123456|Tembalang",
            "invalid-kecamatan|TKSK|rahasia-1||Tembalаng",
            "invalid-kecamatan|TKSK|rahasia-1||",
            "invalid-kecamatan|CAMAT|rahasia-1||"})
    void theCityRefusesAnAccountAnOfficerCouldMisuse(String code, String role, String password, String pin,
                                                     String kecamatan) {
        Problem refused = assertThrows(Problem.class, () -> AccountChange.checked("Nama", role, password, pin,
                kecamatan, null, true));
        assertEquals(422, refused.status());
        assertEquals(code, refused.code());
    }

    @Test
    void aNewAccountNeedsAPasswordAndTheLastAdminStaysAdmin() {
        assertEquals("invalid-password", assertThrows(Problem.class, () -> accounts.change("baru",
                AccountChange.checked("Baru", "DINSOS", null, null, null, null, true))).code());
        assertEquals("invalid-username", assertThrows(Problem.class, () -> accounts.change("Ädmin",
                AccountChange.checked("Baru", "DINSOS", "rahasia-1", null, null, null, false))).code());
        accounts.save("admin", "Administrator", Role.ADMIN, "admin123", null);
        assertEquals(409, assertThrows(Problem.class, () -> accounts.change("admin",
                AccountChange.checked("Administrator", "DINSOS", null, null, null, null, false))).status());
        assertEquals("ADMIN", stored("admin").role);
    }
}
