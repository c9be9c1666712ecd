package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.grid.Grid;
import id.anjungan.host.grid.SharedMap;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Bearer tokens of logged-in staff. A token ends after {@link #idle} without use and, used or not, {@link #lifetime}
 * after login: a token copied from a kiosk that stays busy must not live for ever. A PSM's token also carries the
 * resident of an assisted session.
 *
 * <p>A kiosk keeps them in memory: a restart logs everyone out, which a shared kiosk wants anyway. On the city tier
 * they live on the data grid (as text, {@link SessionText}), so a token works on whichever node answers, outlives the
 * node that issued it, and a logout on one node ends it on all. Each node also remembers the sessions it served, to
 * answer from while the grid does not.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Expired sessions a node remembers are swept when an opening finds this many. */
    private static final int SWEEP_AT = 1024;

    record Session(Actor actor, Instant opened, Instant lastUse) {
    }

    final Duration idle = Duration.ofMinutes(Long.parseLong(Settings.value(Setting.STAFF_SESSION_IDLE_MINUTES)));
    final Duration lifetime = Duration.ofMinutes(Long.parseLong(Settings.value(Setting.STAFF_SESSION_MAX_MINUTES)));
    Supplier<Instant> clock = Instant::now;
    @Inject
    Grid grid;
    /** The grid's sessions, by token; null on a kiosk. */
    SharedMap<String> shared;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @PostConstruct
    void share() {
        shared = grid == null ? null : grid.<String>map("anjungan-staff-sessions", idle).orElse(null);
    }

    public String open(Actor actor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.get();
        if (shared != null && sessions.size() >= SWEEP_AT) {
            sessions.values().removeIf(s -> expired(s, now));
        }
        store(token, new Session(actor, now, now), true);
        return token;
    }

    public Optional<Actor> actor(String token) {
        Instant now = clock.get();
        Session s = find(token);
        if (s == null || expired(s, now)) {
            close(token);
            return Optional.empty();
        }
        store(token, new Session(s.actor(), s.opened(), now), false);
        return Optional.of(s.actor());
    }

    /** Starts or ends (nik {@code null}) an assisted session on a PSM's token. */
    public Actor assist(String token, String nik) {
        Session s = find(token);
        Actor a = s.actor();
        Actor assisted = new Actor(a.username(), a.displayName(), a.role(), nik);
        store(token, new Session(assisted, s.opened(), clock.get()), true);
        return assisted;
    }

    /** The line shown while a PSM acts for a resident. */
    public static String banner(Actor psm) {
        return "Dioperasikan oleh " + psm.role() + " " + psm.displayName() + " untuk " + Masking.mask(psm.onBehalfOfNik());
    }

    /** Ends the session on every node; 503 when the grid cannot be told (the token would live on elsewhere). */
    public void close(String token) {
        sessions.remove(token);
        if (shared != null) {
            try {
                shared.remove(token);
            } catch (SharedMap.Unavailable silent) {
                throw unavailable();
            }
        }
    }

    private Session find(String token) {
        if (shared == null) {
            return sessions.get(token);
        }
        try {
            String text = shared.get(token);
            return text == null ? null : SessionText.read(text);
        } catch (SharedMap.Unavailable silent) {
            // what this node last saw of the token; a token it never served must wait for the grid
            Session seen = sessions.get(token);
            if (seen == null) {
                throw unavailable();
            }
            return seen;
        }
    }

    /** Keeps the session here and, on the city tier, on the grid; a login must reach the grid, a use need not. */
    private void store(String token, Session session, boolean mustShare) {
        sessions.put(token, session);
        if (shared != null) {
            try {
                shared.put(token, SessionText.write(session));
            } catch (SharedMap.Unavailable silent) {
                if (mustShare) {
                    sessions.remove(token);
                    throw unavailable();
                }
            }
        }
    }

    private boolean expired(Session s, Instant now) {
        return !s.lastUse().plus(idle).isAfter(now) || !s.opened().plus(lifetime).isAfter(now);
    }

    private static Problem unavailable() {
        return Problem.of(503, "sessions-unavailable", "Coba lagi", "Try again",
                "Server sedang sibuk menyinkronkan sesi. Coba lagi sebentar lagi.",
                "The server is busy synchronising sessions. Try again in a moment.");
    }
}
