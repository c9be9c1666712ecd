package id.anjungan.host.security.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Who sends a request, from its {@code Authorization} header: a staff bearer token, or HTTP Basic for scripts. */
@ApplicationScoped
public class Authentication {

    /** A known caller, with the bearer token when it came with one. */
    public record Authenticated(Actor actor, String bearer) {
    }

    @Inject
    Sessions sessions;
    @Inject
    Accounts accounts;

    /** Empty for a resident (no header); a header that names nobody is refused, never taken as a resident. */
    public Optional<Authenticated> caller(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Optional<Authenticated> caller = Optional.empty();
        if (header.startsWith("Bearer ")) {
            String token = header.substring(7).trim();
            caller = sessions.actor(token).map(a -> new Authenticated(a, token));
        } else if (header.startsWith("Basic ")) {
            caller = basic(header.substring(6).trim()).map(a -> new Authenticated(a, null));
        }
        return Optional.of(caller.orElseThrow(() -> Problem.of(401, "unauthenticated", "Perlu masuk", "Login required",
                "Sesi Anda sudah berakhir atau kata sandi salah. Silakan masuk lagi.",
                "Your session ended or the password is wrong. Please log in again.")));
    }

    private Optional<Actor> basic(String encoded) {
        String[] pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8).split(":", 2);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return pair.length == 2 ? accounts.authenticate(pair[0], pair[1]) : Optional.empty();
    }
}
