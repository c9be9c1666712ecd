package id.anjungan.host.assist.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.Logins;
import id.anjungan.host.security.control.ProvidedKiosk;
import id.anjungan.host.security.control.SettableClock;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.testkit.MemoryAuditLog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assisted sessions of a TKSK logged in at a kiosk through the city's Keycloak (the fake that answers as it does), of
 * a PSM and a TKSK with a kiosk login, and the roles that may not assist.
 */
class AssistResourceTest {

    private static final String NIK = "3374014101800003";
    private static final String MASKED = Masking.mask(NIK);
    private static final AssistResource.Consent CONSENT = new AssistResource.Consent(NIK, true, "consent-1", null);

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

    /** {@code /api/assist} for the caller of a request made with {@code token}. */
    private AssistResource assist(String token) {
        AssistResource resource = new AssistResource();
        resource.caller = kiosk.request(token);
        resource.sessions = kiosk.sessions();
        resource.attachments = new Attachments() {
            @Override
            public boolean exists(String id) { // the resident's signature, stored before
                return "consent-1".equals(id);
            }
        };
        resource.audit = audit;
        resource.clock = new SettableClock(Instant.now());
        return resource;
    }

    private String assisted(String token) {
        return kiosk.request(token).actor().onBehalfOfNik();
    }

    @Test
    void aTkskLoggedInThroughKeycloakAssistsAResidentAcrossTheTokensRefreshUntilTheEnd() {
        Logins.Opened login = kiosk.login("tksk");
        Map<String, Object> started = assist(login.token()).start(CONSENT);
        assertEquals(MASKED, started.get("nikMasked"));
        assertEquals("Dioperasikan oleh TKSK Bu tksk untuk " + MASKED, started.get("banner"));
        assertEquals(List.of("tksk assist-start " + MASKED + " consent evidence consent-1 (signature)"),
                audit.entries.stream().filter(e -> e.contains("assist-")).toList());

        Logins.Opened refreshed = kiosk.logins().refresh(login.refreshToken());
        assertNotEquals(login.token(), refreshed.token());
        assertEquals(ProvidedKiosk.sid(login.token()), ProvidedKiosk.sid(refreshed.token()), "one provider session");
        Caller later = kiosk.request(refreshed.token());
        assertAssisted(later.actor().onBehalfOfNik(), "what files, reads and audits for the resident");
        assertEquals("tksk", later.actor().username());

        assist(refreshed.token()).end();
        assertEquals("tksk assist-end " + MASKED + " ", audit.entries.get(audit.entries.size() - 1));
        assertNull(assisted(refreshed.token()));
        assertNull(assisted(login.token()), "nor the token before the refresh");
        assertTrue(audit.entries.stream().noneMatch(e -> e.contains(NIK)), "the NIK is audited masked");
    }

    @Test
    void noOtherLoginActsForTheResidentNorEndsTheAssist() {
        Logins.Opened ratna = kiosk.login("tksk");
        assist(ratna.token()).start(CONSENT);
        String sid = ProvidedKiosk.sid(ratna.token());

        assertNull(assisted(kiosk.login("tksk2").token()), "another account");
        assertNull(assisted(kiosk.token("tksk2", sid)), "another account whose token names the same sid");
        assertNull(assisted(kiosk.login("tksk").token()), "the same account's next login (another sid)");
        assist(kiosk.token("tksk2", sid)).end();
        assertAssisted(assisted(ratna.token()), "the resident assisted");
        assertEquals(1, audit.entries.stream().filter(e -> e.contains("assist-")).count());
    }

    @Test
    void aTokenWithoutSidIsToldWhyInsteadOfAServerError() {
        AssistResource resource = assist(kiosk.tokenWithoutSession("tksk"));
        Problem refused = assertThrows(Problem.class, () -> resource.start(CONSENT));
        assertEquals(409, refused.status());
        assertEquals("assist-needs-provider-session", refused.code());
        assertTrue(refused.detail().id().startsWith("Token server identitas kota"), refused.detail().id());
        assertTrue(refused.detail().en().startsWith("This token of the city's identity server"), refused.detail().en());
        resource.end();
        assertTrue(audit.entries.stream().noneMatch(e -> e.contains("assist-")));
    }

    @Test
    void aPsmOrATkskWithAKioskLoginAssistsAndTheBannerNamesTheirRole() {
        for (Role role : List.of(Role.PSM, Role.TKSK)) {
            String token = kiosk.sessions().open(new Actor("sari", "Sari", role, null));
            Map<String, Object> started = assist(token).start(CONSENT);
            assertEquals("Dioperasikan oleh " + role + " Sari untuk " + MASKED, started.get("banner"));
            assertAssisted(assisted(token), role + " assists");
            assist(token).end();
            assertNull(assisted(token), role + " ended the assist");
        }
    }

    /**
     * The access filter lets an admin call every resource, this one too: the admin, the Kasi Kesos, the camat and the
     * social office decide on what a resident files and never file it for them, with a kiosk login or Keycloak's.
     */
    @Test
    void noRoleButPsmAndTkskAssistsNotEvenTheAdmin() {
        for (Role role : List.of(Role.ADMIN, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS)) {
            String local = kiosk.sessions().open(new Actor("petugas", "Petugas", role, null));
            String provided = kiosk.token("petugas", role.name(), "sid-" + role);
            for (String token : List.of(local, provided)) {
                Problem refused = assertThrows(Problem.class, () -> assist(token).start(CONSENT), role.name());
                assertEquals(403, refused.status());
                assertEquals("assist-not-allowed", refused.code());
                Caller caller = kiosk.request(token);
                assertEquals(role, caller.actor().role());
                assertEquals("assist-not-allowed",
                        assertThrows(Problem.class, () -> kiosk.sessions().assist(caller, NIK)).code(),
                        "the control refuses it too, whoever calls it");
                assertNull(assisted(token), role.name());
            }
        }
        assertTrue(audit.entries.stream().noneMatch(e -> e.contains("assist-")), String.join("\n", audit.entries));
    }

    /** Compares the resident's number whole; a mismatch shows both masked, so the CI log keeps none in full. */
    private static void assertAssisted(String actual, String message) {
        assertTrue(NIK.equals(actual), () -> message + ": expected " + id.anjungan.host.privacy.Masking.mask(NIK)
                + " but was " + (actual == null ? null : id.anjungan.host.privacy.Masking.mask(actual)));
    }
}
