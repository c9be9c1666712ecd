package id.anjungan.host.security.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who sends a request, from its {@code Authorization} header: a staff bearer token from {@code POST /api/auth/login}.
 * No HTTP Basic: a password on every request could be guessed past the login's throttling and lockout.
 */
@ApplicationScoped
public class Authentication {

    /**
     * A known caller with the bearer token it came with; {@code provided} when the token is the identity provider's,
     * with the kecamatan it names and its provider session ({@link AccessTokens.Claims#providedSession()}, null when
     * the token names none).
     */
    public record Authenticated(Actor actor, String bearer, boolean provided, String kecamatan, String providedSession) {
        public Authenticated(Actor actor, String bearer) {
            this(actor, bearer, false, null, null);
        }
    }

    @Inject
    Sessions sessions;
    @Inject
    IdentityProvider provider;
    @Inject
    CachedCredentials cached;

    /** Empty for a resident (no header); a header that names nobody is refused, never taken as a resident. */
    public Optional<Authenticated> caller(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Problem.of(401, "bearer-required", "Perlu masuk", "Login required",
                    "Masuk lewat /api/auth/login dan kirim tokennya sebagai Bearer.",
                    "Log in at /api/auth/login and send its token as Bearer.");
        }
        String token = header.substring(7).trim();
        if (provider.configured() && AccessTokens.looksLikeJwt(token)) {
            return Optional.of(provided(token));
        }
        Optional<Authenticated> local = sessions.actor(token).map(a -> new Authenticated(a, token));
        if (local.isPresent() && provider.configured() && cached.endsOnline(token)) {
            boolean outlived = cached.outlived(token);
            if (outlived || provider.reachable()) {
                sessions.close(token);
                cached.ended(token);
                throw outlived ? CachedCredentials.expired() : Problem.of(401, "online-login-needed", "Perlu masuk lagi",
                        "Log in again", "Anjungan terhubung lagi ke server identitas kota. Silakan masuk lagi.",
                        "The kiosk reaches the city's identity server again. Please log in again.");
            }
        }
        return Optional.of(local.orElseThrow(() ->
                Problem.of(401, "unauthenticated", "Perlu masuk", "Login required",
                        "Sesi Anda sudah berakhir. Silakan masuk lagi.", "Your session ended. Please log in again.")));
    }

    /**
     * A token of the identity provider: checked here, by its signature and claims, with nothing asked of a session but
     * the resident its provider session assists, if any.
     */
    private Authenticated provided(String token) {
        AccessTokens.Claims claims;
        try {
            claims = provider.verify(token);
        } catch (AccessTokens.Invalid invalid) {
            throw invalid.expired()
                    ? Problem.of(401, "token-expired", "Perlu masuk", "Login required",
                            "Token Anda sudah kedaluwarsa; perbarui dengan token penyegar atau masuk lagi.",
                            "Your token expired; refresh it with the refresh token or log in again.")
                    : Problem.of(401, "unauthenticated", "Perlu masuk", "Login required",
                            "Token ini tidak sah. Silakan masuk lagi.", "This token is not valid. Please log in again.");
        } catch (IdentityProvider.Unreachable unreachable) {
            throw IdentityProvider.unavailable();
        }
        String session = claims.providedSession().orElse(null);
        String assisted = session == null ? null : sessions.assisted(session, claims.username()).orElse(null);
        Actor actor = new Actor(claims.username(), claims.displayName(), claims.role(), assisted);
        return new Authenticated(actor, token, true, claims.kecamatan(), session);
    }
}
