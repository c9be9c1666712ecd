package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.problem.Problem;
import id.anjungan.testkit.MemoryAuditLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginsTest {

    private static final String SOURCE = "192.0.2.10";

    @TempDir
    Path dir;
    private Database db;
    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final Logins logins = new Logins();

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        logins.accounts = AccountsTest.withDemoStaff(db, new AccountsTest.CountingHash());
        logins.sessions = new Sessions();
        logins.throttle = new LoginThrottle();
        logins.audit = audit;
        logins.provider = new IdentityProvider();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Every attempt is in the audit with where it came from, and never its secret. */
    @Test
    void everyLoginAndFailureIsAuditedWithoutTheSecret() {
        assertEquals(401, assertThrows(Problem.class, () -> logins.login("psm", "654321", SOURCE)).status());
        assertEquals(401, assertThrows(Problem.class, () -> logins.login("ghost", "pw-9", SOURCE)).status());
        Logins.Opened opened = logins.login("psm", "123456", SOURCE);
        assertEquals("psm", logins.sessions.actor(opened.token()).orElseThrow().username());
        List<String> entries = audit.entries;
        assertEquals(3, entries.size(), entries.toString());
        assertTrue(entries.get(0).endsWith("login-failed psm from " + SOURCE), entries.get(0));
        assertTrue(entries.get(1).endsWith("login-failed ghost from " + SOURCE), entries.get(1));
        assertEquals("psm login psm from " + SOURCE, entries.get(2));
        assertFalse(String.join("\n", entries).matches("(?s).*(654321|123456|pw-9).*"), entries.toString());
    }

    @Test
    void theSixthAttemptOfAMinuteIsThrottledWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertThrows(Problem.class, () -> logins.login("tksk", "wrong", SOURCE));
        }
        Logins.Throttled throttled = assertThrows(Logins.Throttled.class,
                () -> logins.login("tksk", "tksk123", SOURCE));
        long retryAfter = throttled.retryAfter().toSeconds();
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(429, throttled.problem().status());
        assertTrue(audit.entries.get(audit.entries.size() - 1).endsWith("login-throttled tksk from " + SOURCE));
    }

    @Test
    void aLockedAccountIsToldSo() {
        System.setProperty(Accounts.LOCK_AFTER_SETTING, "2");
        try {
            assertEquals(401, assertThrows(Problem.class, () -> logins.login("tksk", "a", SOURCE)).status());
            Problem locked = assertThrows(Problem.class, () -> logins.login("tksk", "b", SOURCE));
            assertEquals(423, locked.status());
            assertTrue(locked.detail().id().contains("admin"), locked.detail().id());
            assertEquals("account-locked", assertThrows(Problem.class,
                    () -> logins.login("tksk", "tksk123", SOURCE)).code());
            assertTrue(audit.entries.get(audit.entries.size() - 1).contains("login-locked tksk"));
        } finally {
            System.clearProperty(Accounts.LOCK_AFTER_SETTING);
        }
    }

    @Test
    void aUsernameIsAuditedOnOneLineWithAnyNikMasked() {
        assertEquals("x?y 3374••••••••0003", Logins.named("x\ny ３３７４０１４１０１８０００\u200B０３"));
    }
}
