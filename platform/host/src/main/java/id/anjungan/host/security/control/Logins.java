package id.anjungan.host.security.control;

import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
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

    /** A session opened by a login. */
    public record Opened(Actor actor, String token) {
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

    /**
     * @param source the connection's address
     * @throws Throttled when the account or the source has used up this minute's attempts
     * @throws Problem 401 for a wrong username or secret, 423 for a locked account
     */
    public Opened login(String username, String secret, String source) {
        String from = "from " + source;
        throttle.attempt(username, source, Instant.now()).ifPresent(wait -> {
            audit.record(Actor.resident(), "login-throttled", named(username), from);
            throw new Throttled(wait);
        });
        Accounts.Attempt attempt = accounts.attempt(username, secret);
        if (!attempt.succeeded()) {
            audit.record(Actor.resident(), attempt.locked() ? "login-locked" : "login-failed", named(username), from);
            throw attempt.locked() ? locked() : wrong();
        }
        Actor actor = attempt.actor();
        audit.record(actor, "login", actor.username(), from);
        return new Opened(actor, sessions.open(actor));
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
