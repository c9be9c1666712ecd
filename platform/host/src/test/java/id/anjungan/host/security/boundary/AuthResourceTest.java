package id.anjungan.host.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.Logins;
import id.anjungan.host.security.control.ProvidedKiosk;
import id.anjungan.testkit.MemoryAuditLog;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/auth} for an officer logged in through the city's Keycloak while assisting a resident. */
class AuthResourceTest {

    private static final String NIK = "3374014101800003";

    @TempDir
    Path dir;
    private Database db;
    private ProvidedKiosk kiosk;
    private final MemoryAuditLog audit = new MemoryAuditLog();

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        kiosk = new ProvidedKiosk(db, audit);
    }

    @AfterEach
    void close() {
        kiosk.close();
        db.close();
    }

    private AuthResource auth(Caller caller) {
        AuthResource auth = new AuthResource();
        auth.logins = kiosk.logins();
        auth.sessions = kiosk.sessions();
        auth.caller = caller;
        auth.audit = audit;
        return auth;
    }

    @Test
    void meShowsTheAssistedResidentAndTheLogoutEndsTheAssistWithTheProvidersSession() {
        Logins.Opened login = kiosk.login("tksk");
        kiosk.sessions().assist(kiosk.request(login.token()), NIK);
        Logins.Opened refreshed = kiosk.logins().refresh(login.refreshToken());
        Map<String, Object> me = auth(kiosk.request(refreshed.token())).me();
        assertEquals(Map.of("nikMasked", Masking.mask(NIK), "banner", "Dioperasikan oleh TKSK Bu tksk untuk "
                + Masking.mask(NIK)), me.get("assisting"));

        auth(kiosk.request(refreshed.token())).logout("{\"refreshToken\":\"" + refreshed.refreshToken() + "\"}");
        assertNull(kiosk.request(refreshed.token()).actor().onBehalfOfNik(),
                "the access token lives on for its minute, the assist does not");
        assertEquals("tksk assist-end " + Masking.mask(NIK) + " logout", audit.entries.get(audit.entries.size() - 1),
                "the logout's end of the assist is audited as DELETE /api/assist's is");
        int entries = audit.entries.size();
        auth(kiosk.request(refreshed.token())).logout(null);
        assertEquals(entries, audit.entries.size(), "a logout that ends no assist audits none");
        assertEquals("session-ended", assertThrows(Problem.class,
                () -> kiosk.logins().refresh(refreshed.refreshToken())).code());
    }
}
