package id.anjungan.host.security.control;

import id.anjungan.spi.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens of logged-in staff, kept in memory: a restart logs everyone out, which a shared kiosk wants anyway.
 * A PSM's token also carries the resident of an assisted session.
 */
@ApplicationScoped
public class Sessions {

    static final Duration IDLE = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Session(Actor actor, Instant lastUse) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public String open(Actor actor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(actor, Instant.now()));
        return token;
    }

    public Optional<Actor> actor(String token) {
        Session s = sessions.get(token);
        if (s == null || s.lastUse().plus(IDLE).isBefore(Instant.now())) {
            sessions.remove(token);
            return Optional.empty();
        }
        sessions.put(token, new Session(s.actor(), Instant.now()));
        return Optional.of(s.actor());
    }

    /** Starts or ends (nik {@code null}) an assisted session on a PSM's token. */
    public Actor assist(String token, String nik) {
        Session s = sessions.get(token);
        Actor a = s.actor();
        Actor assisted = new Actor(a.username(), a.displayName(), a.role(), nik);
        sessions.put(token, new Session(assisted, Instant.now()));
        return assisted;
    }

    public void close(String token) {
        sessions.remove(token);
    }
}
