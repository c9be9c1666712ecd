package id.anjungan.host.security.control;

import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Staff login: throttled per account and per source address, locked after repeated failures, and every success and
 * failure audited with the source address and never the secret.
 */
@ApplicationScoped
public class Logins {

    /** Longer than any refresh token Keycloak issues (about 1 KB); a longer one is not sent on to it. */
    private static final int LONGEST_REFRESH_TOKEN = 8192;

    /**
     * A session opened by a login: a local token, or the identity provider's access token with its refresh token and
     * lifetime in seconds ({@code null} and 0 for a local one).
     */
    public record Opened(Actor actor, String token, String refreshToken, long expiresIn) {
        Opened(Actor actor, String token) {
            this(actor, token, null, 0);
        }
    }

    /** Too many attempts: the problem to answer and when to try again ({@code Retry-After}). */
    public static final class Throttled extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("login throttled");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        public Problem problem() {
            return Problem.of(429, "login-throttled", "Terlalu sering", "Too many attempts",
                    "Terlalu banyak percobaan masuk. Tunggu sebentar lalu coba lagi.",
                    "Too many login attempts. Wait a moment and try again.");
        }
    }

    @Inject
    Accounts accounts;
    @Inject
    Sessions sessions;
    @Inject
    LoginThrottle throttle;
    @Inject
    AuditLog audit;
    @Inject
    IdentityProvider provider;
    @Inject
    CachedCredentials cached;
    @Inject
    StaffAreas areas;

    /**
     * @param source the connection's address
     * @throws Throttled when the account or the source has used up this minute's attempts
     * @throws Problem 401 for a wrong username or secret, 423 for a locked account
     */
    public Opened login(String username, String secret, String source) {
        return login(username, secret, false, source);
    }

    /**
     * With an identity provider ({@code ANJUNGAN_IDP_URL}) a password is the provider's to check, and a kiosk falls
     * back on its cached credential while the provider cannot be reached; a PIN stays this kiosk's own and opens a
     * PSM's account only. Without one every account is local.
     *
     * @param pin whether the secret was typed as a PIN
     */
    public Opened login(String username, String secret, boolean pin, String source) {
        String from = "from " + source;
        throttle.attempt(username, source, Instant.now()).ifPresent(wait -> {
            audit.record(Actor.resident(), "login-throttled", named(username), from);
            throw new Throttled(wait);
        });
        if (provider.configured() && !pin) {
            return atProvider(username, secret, from);
        }
        Accounts.Attempt attempt = accounts.attempt(username, secret);
        if (attempt.succeeded() && provider.configured() && attempt.actor().role() != Role.PSM) {
            // the provider owns every other role: a local password typed as a PIN must not bypass it
            attempt = new Accounts.Attempt(null, false);
        }
        if (!attempt.succeeded()) {
            audit.record(Actor.resident(), attempt.locked() ? "login-locked" : "login-failed", named(username), from);
            throw attempt.locked() ? locked() : wrong();
        }
        Actor actor = attempt.actor();
        audit.record(actor, "login", actor.username(), from);
        return new Opened(actor, sessions.open(actor));
    }

    private Opened atProvider(String username, String password, String from) {
        if (username == null || username.isBlank() || username.length() > Accounts.LONGEST_NAME || password == null
                || password.isEmpty() || password.length() > Accounts.LONGEST_SECRET) {
            audit.record(Actor.resident(), "login-failed", named(username), from);
            throw wrong();
        }
        try {
            IdentityProvider.Grant grant = provider.password(username, password);
            AccessTokens.Claims claims = grant.claims();
            Actor actor = new Actor(claims.username(), claims.displayName(), claims.role(), null);
            if (!areas.city()) {
                cached.remember(claims.username(), password, claims);
            }
            audit.record(actor, "login", actor.username(), from);
            return new Opened(actor, grant.accessToken(), grant.refreshToken(), grant.expiresIn());
        } catch (IdentityProvider.Refused refused) {
            if (!areas.city()) {
                // a disabled account must not live on in this kiosk's cache; a wrong password leaves it as it was
                cached.forgetIfDisabled(username, refused);
            }
            audit.record(Actor.resident(), "login-failed", named(username), from);
            throw wrong();
        } catch (IdentityProvider.Unreachable unreachable) {
            if (areas.city()) {
                audit.record(Actor.resident(), "login-unavailable", named(username), from);
                throw IdentityProvider.unavailable();
            }
            Actor actor;
            try {
                actor = cached.offline(username, password);
            } catch (Problem refused) {
                audit.record(Actor.resident(), "login-offline-failed", named(username), from);
                throw refused;
            }
            audit.record(actor, "login-offline", actor.username(), from);
            String token = sessions.open(actor);
            cached.openedOffline(token, actor.username());
            return new Opened(actor, token);
        }
    }

    /** New tokens for a refresh token of the identity provider; 401 once the account is disabled. */
    public Opened refresh(String refreshToken) {
        if (!provider.configured() || refreshToken == null || refreshToken.isBlank()
                || refreshToken.length() > LONGEST_REFRESH_TOKEN) {
            throw ended();
        }
        try {
            IdentityProvider.Grant grant = provider.refresh(refreshToken);
            AccessTokens.Claims claims = grant.claims();
            Actor actor = new Actor(claims.username(), claims.displayName(), claims.role(), null);
            return new Opened(actor, grant.accessToken(), grant.refreshToken(), grant.expiresIn());
        } catch (IdentityProvider.Refused refused) {
            throw ended();
        } catch (IdentityProvider.Unreachable unreachable) {
            throw IdentityProvider.unavailable();
        }
    }

    /** Ends the identity provider's session of a refresh token, if any. */
    public void logout(String refreshToken) {
        if (provider.configured() && refreshToken != null && !refreshToken.isBlank()
                && refreshToken.length() <= LONGEST_REFRESH_TOKEN) {
            provider.logout(refreshToken);
        }
    }

    private static Problem ended() {
        return Problem.of(401, "session-ended", "Perlu masuk", "Login required",
                "Sesi Anda sudah berakhir atau akun dinonaktifkan. Silakan masuk lagi.",
                "Your session ended or the account was disabled. Please log in again.");
    }

    /** A typed username as the audit records it: short, one line, any NIK in it masked. */
    static String named(String username) {
        if (username == null) {
            return "";
        }
        String line = username.length() > 64 ? username.substring(0, 64) : username;
        return Masking.scrub(Digits.fold(line).replaceAll("\\p{Cntrl}", "?"));
    }

    private static Problem locked() {
        return Problem.of(423, "account-locked", "Akun terkunci", "Account locked",
                "Akun ini terkunci karena terlalu sering salah kata sandi/PIN. Minta admin membukanya.",
                "This account is locked after too many wrong passwords/PINs. Ask an admin to unlock it.");
    }

    private static Problem wrong() {
        return Problem.of(401, "wrong-credentials", "Gagal masuk", "Login failed",
                "Nama pengguna atau kata sandi/PIN salah.", "Wrong username or password/PIN.");
    }
}
