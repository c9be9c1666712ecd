package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.privacy.Masking;
import id.anjungan.spi.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Bearer tokens of logged-in staff, kept in memory: a restart logs everyone out, which a shared kiosk wants anyway.
 * A token ends after {@link #idle} without use and, used or not, {@link #lifetime} after login: a token copied from
 * a kiosk that stays busy must not live for ever. A PSM's token also carries the resident of an assisted session.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Session(Actor actor, Instant opened, Instant lastUse) {
    }

    final Duration idle = Duration.ofMinutes(Long.parseLong(Settings.value(Setting.STAFF_SESSION_IDLE_MINUTES)));
    final Duration lifetime = Duration.ofMinutes(Long.parseLong(Settings.value(Setting.STAFF_SESSION_MAX_MINUTES)));
    Supplier<Instant> clock = Instant::now;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public String open(Actor actor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.get();
        sessions.put(token, new Session(actor, now, now));
        return token;
    }

    public Optional<Actor> actor(String token) {
        Instant now = clock.get();
        Session s = sessions.get(token);
        if (s == null || !s.lastUse().plus(idle).isAfter(now) || !s.opened().plus(lifetime).isAfter(now)) {
            sessions.remove(token);
            return Optional.empty();
        }
        sessions.put(token, new Session(s.actor(), s.opened(), now));
        return Optional.of(s.actor());
    }

    /** Starts or ends (nik {@code null}) an assisted session on a PSM's token. */
    public Actor assist(String token, String nik) {
        Session s = sessions.get(token);
        Actor a = s.actor();
        Actor assisted = new Actor(a.username(), a.displayName(), a.role(), nik);
        sessions.put(token, new Session(assisted, s.opened(), clock.get()));
        return assisted;
    }

    /** The line shown while a PSM acts for a resident. */
    public static String banner(Actor psm) {
        return "Dioperasikan oleh " + psm.role() + " " + psm.displayName() + " untuk " + Masking.mask(psm.onBehalfOfNik());
    }

    public void close(String token) {
        sessions.remove(token);
    }
}
