package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.config.Setting;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.entity.CachedCredential;
import id.anjungan.spi.Role;
import id.anjungan.testkit.MemoryAuditLog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff logins with the identity provider: on a kiosk (with its offline cache) and on city nodes. */
class ProvidedLoginsTest {

    private static final String SOURCE = "192.0.2.10";

    @TempDir
    Path dir;
    private Database db;
    private FakeKeycloak keycloak;
    private final SettableClock clock = new SettableClock(Instant.now());
    private final MemoryAuditLog audit = new MemoryAuditLog();

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.open(dir);
        keycloak = new FakeKeycloak();
        keycloak.users.put("tksk", new FakeKeycloak.User("rahasia-tksk", "TKSK", "/kecamatan/Semarang Tengah"));
        System.setProperty(Setting.IDP_URL.key(), keycloak.issuer());
    }

    @AfterEach
    void close() {
        System.clearProperty(Setting.IDP_URL.key());
        System.clearProperty(Setting.STAFF_OFFLINE_DAYS.key());
        keycloak.close();
        db.close();
    }

    /** A node: its own provider client (no state shared with another node), sessions and areas. */
    private Logins node(boolean city) {
        return ProvidedKiosk.node(db, audit, clock, city);
    }

    private static Authentication authentication(Logins node) {
        return ProvidedKiosk.authentication(node);
    }

    @Test
    void aTokenIssuedThroughOneNodeIsTakenByAnotherThatNeverSawIt() {
        Logins.Opened opened = node(true).login("tksk", "rahasia-tksk", false, SOURCE);
        assertTrue(AccessTokens.looksLikeJwt(opened.token()));
        assertNotNull(opened.refreshToken());
        assertEquals(60, opened.expiresIn());
        Authentication.Authenticated other = authentication(node(true)).caller("Bearer " + opened.token()).orElseThrow();
        assertEquals("tksk", other.actor().username());
        assertEquals(Role.TKSK, other.actor().role());
        assertTrue(other.provided());
        assertEquals("Semarang Tengah", other.kecamatan());
        assertEquals(401, assertThrows(Problem.class, () -> node(true).login("tksk", "salah", false, SOURCE)).status());
        assertEquals("tksk", node(true).refresh(opened.refreshToken()).actor().username());
        assertNull(db.read(em -> em.find(CachedCredential.class, "tksk")), "a city node caches no password");
    }

    @Test
    void aDisabledAccountCannotRefreshNorLogInAndTheKioskForgetsIt() {
        Logins kiosk = node(false);
        Logins.Opened opened = kiosk.login("tksk", "rahasia-tksk", false, SOURCE);
        assertNotNull(db.read(em -> em.find(CachedCredential.class, "tksk")));
        keycloak.disabled.add("tksk");
        assertEquals("session-ended", assertThrows(Problem.class, () -> kiosk.refresh(opened.refreshToken())).code());
        assertEquals(401, assertThrows(Problem.class, () -> kiosk.login("tksk", "rahasia-tksk", false, SOURCE))
                .status());
        assertNull(db.read(em -> em.find(CachedCredential.class, "tksk")), "a disabled account is not cached");
        keycloak.close();
        assertEquals(401, assertThrows(Problem.class, () -> kiosk.login("tksk", "rahasia-tksk", false, SOURCE))
                .status(), "nor let in offline");
    }

    @Test
    void anOfflineKioskTakesTheCachedCredentialForTheOfflinePeriodThenRefusesIt() {
        Logins kiosk = node(false);
        kiosk.login("tksk", "rahasia-tksk", false, SOURCE);
        CachedCredential cached = db.read(em -> em.find(CachedCredential.class, "tksk"));
        assertFalse(cached.passwordHash.contains("rahasia-tksk") && !cached.passwordHash.startsWith("h:"),
                "only the hash is kept");
        keycloak.close();
        clock.pass(Duration.ofDays(7).minusMinutes(1));
        Logins.Opened offline = kiosk.login("tksk", "rahasia-tksk", false, SOURCE);
        assertFalse(AccessTokens.looksLikeJwt(offline.token()), "a session of the kiosk itself");
        assertNull(offline.refreshToken());
        assertEquals("tksk", authentication(kiosk).caller("Bearer " + offline.token()).orElseThrow().actor().username());
        assertEquals("wrong-credentials-offline",
                assertThrows(Problem.class, () -> kiosk.login("tksk", "salah", false, SOURCE)).code());
        assertEquals("wrong-credentials-offline",
                assertThrows(Problem.class, () -> kiosk.login("kasi", "kasi123", false, SOURCE)).code());
        clock.pass(Duration.ofMinutes(1));
        assertEquals("offline-expired", assertThrows(Problem.class,
                () -> authentication(kiosk).caller("Bearer " + offline.token())).code(),
                "a session opened offline ends with the offline period too");
        Problem expired = assertThrows(Problem.class, () -> kiosk.login("tksk", "rahasia-tksk", false, SOURCE));
        assertEquals("offline-expired", expired.code());
        assertEquals(401, expired.status());
        assertTrue(audit.entries.stream().anyMatch(e -> e.contains("login-offline")));
    }

    @Test
    void aSessionOpenedOfflineEndsOnceTheProviderAnswersAgain() throws Exception {
        Logins kiosk = node(false);
        kiosk.login("tksk", "rahasia-tksk", false, SOURCE);
        int port = Integer.parseInt(keycloak.issuer().replaceAll(".*:(\\d+)/.*", "$1"));
        keycloak.close();
        Logins.Opened offline = kiosk.login("tksk", "rahasia-tksk", false, SOURCE);
        Authentication authentication = authentication(kiosk);
        authentication.provider.clock = clock::now;
        assertEquals("tksk", authentication.caller("Bearer " + offline.token()).orElseThrow().actor().username());
        try (FakeKeycloak back = new FakeKeycloak(port)) {
            clock.pass(IdentityProvider.PROBE_EVERY);
            assertEquals("online-login-needed",
                    assertThrows(Problem.class, () -> authentication.caller("Bearer " + offline.token())).code());
            assertEquals("unauthenticated",
                    assertThrows(Problem.class, () -> authentication.caller("Bearer " + offline.token())).code());
        }
    }

    @Test
    void theOfflinePeriodIsASettingAndMayBeAFractionOfADay() {
        System.setProperty(Setting.STAFF_OFFLINE_DAYS.key(), "0.001");
        assertEquals(Duration.ofSeconds(86), CachedCredentials.period());
        Logins kiosk = node(false);
        kiosk.login("tksk", "rahasia-tksk", false, SOURCE);
        keycloak.close();
        kiosk.login("tksk", "rahasia-tksk", false, SOURCE);
        clock.pass(Duration.ofSeconds(86));
        assertEquals("offline-expired",
                assertThrows(Problem.class, () -> kiosk.login("tksk", "rahasia-tksk", false, SOURCE)).code());
    }

    @Test
    void aCityNodeThatCannotReachTheProviderLetsNobodyIn() {
        keycloak.close();
        assertEquals("identity-unavailable",
                assertThrows(Problem.class, () -> node(true).login("tksk", "rahasia-tksk", false, SOURCE)).code());
    }

    @Test
    void aPsmPinStaysTheKiosksOwnAndNeverOpensAnotherRole() {
        Logins kiosk = node(false);
        Logins.Opened psm = kiosk.login("psm", "123456", true, SOURCE);
        assertEquals(Role.PSM, psm.actor().role());
        assertFalse(AccessTokens.looksLikeJwt(psm.token()));
        assertEquals(List.of(), keycloak.asked, "the provider never hears of a PIN");
        // a local TKSK password typed as a PIN would bypass the provider
        assertEquals(401, assertThrows(Problem.class, () -> kiosk.login("tksk", "tksk123", true, SOURCE)).status());
        // and a password goes to the provider, never to the local account
        assertEquals(401, assertThrows(Problem.class, () -> kiosk.login("tksk", "tksk123", false, SOURCE)).status());
        assertEquals(List.of("tksk"), keycloak.asked);
    }
}
