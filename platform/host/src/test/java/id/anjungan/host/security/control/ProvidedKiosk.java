package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A kiosk whose staff log in through the identity provider (the fake Keycloak of the realm {@code anjungan}, with two
 * TKSK accounts of Semarang Tengah, {@code tksk} and {@code tksk2}), for tests of other components: log in, refresh,
 * and the {@link Caller} of a request made with a token, as the access filter fills it.
 */
public final class ProvidedKiosk implements AutoCloseable {

    public static final String PASSWORD = "rahasia-tksk";

    private final FakeKeycloak keycloak;
    private final Logins logins;
    private final Authentication authentication;

    public ProvidedKiosk(Database db, AuditLog audit) {
        try {
            keycloak = new FakeKeycloak();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String username : new String[] {"tksk", "tksk2"}) {
            keycloak.users.put(username, new FakeKeycloak.User(PASSWORD, "TKSK", "/kecamatan/Semarang Tengah"));
        }
        System.setProperty(Setting.IDP_URL.key(), keycloak.issuer());
        logins = node(db, audit, new SettableClock(Instant.now()), false);
        authentication = authentication(logins);
    }

    /** A node of the identity provider named by {@code ANJUNGAN_IDP_URL}: its own provider client, sessions, areas. */
    static Logins node(Database db, AuditLog audit, KioskClock clock, boolean city) {
        Logins logins = new Logins();
        logins.accounts = AccountsTest.withDemoStaff(db, new AccountsTest.CountingHash());
        logins.sessions = new Sessions();
        logins.throttle = new LoginThrottle();
        logins.audit = audit;
        logins.provider = new IdentityProvider();
        logins.areas = TestStaff.areas(db, city);
        logins.cached = new CachedCredentials();
        logins.cached.db = db;
        logins.cached.accounts = logins.accounts;
        logins.cached.clock = clock;
        return logins;
    }

    /** The authentication of requests to a node. */
    static Authentication authentication(Logins node) {
        Authentication authentication = new Authentication();
        authentication.sessions = node.sessions;
        authentication.provider = node.provider;
        authentication.cached = node.cached;
        return authentication;
    }

    public Logins logins() {
        return logins;
    }

    public Sessions sessions() {
        return logins.sessions;
    }

    public Logins.Opened login(String username) {
        return logins.login(username, PASSWORD, false, "192.0.2.10");
    }

    /** The caller of a request with {@code Authorization: Bearer <token>}. */
    public Caller request(String token) {
        CallerSetter setter = new CallerSetter();
        setter.caller = new Caller();
        setter.set(authentication.caller("Bearer " + token).orElseThrow());
        return setter.caller;
    }

    /** An access token the provider signed for {@code username} without a {@code sid}, as a realm could issue it. */
    public String tokenWithoutSession(String username) {
        return keycloak.tokens.sign(TestTokens.claims(keycloak.issuer(), username, "TKSK", "/kecamatan/Semarang Tengah",
                Instant.now()).build());
    }

    /** An access token the provider signed for {@code username}, naming the provider session {@code sid}. */
    public String token(String username, String sid) {
        return token(username, "TKSK", sid);
    }

    /** As above, for an account the realm gives {@code role}. */
    public String token(String username, String role, String sid) {
        return keycloak.tokens.sign(TestTokens.claims(keycloak.issuer(), username, role, "/kecamatan/Semarang Tengah",
                Instant.now()).add("sid", sid).build());
    }

    /** The {@code sid} an access token names. */
    public static String sid(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(claims)).readObject().getString("sid");
    }

    @Override
    public void close() {
        System.clearProperty(Setting.IDP_URL.key());
        keycloak.close();
    }
}
