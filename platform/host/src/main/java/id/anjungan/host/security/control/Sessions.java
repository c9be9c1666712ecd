package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.grid.Grid;
import id.anjungan.host.grid.SharedMap;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Bearer tokens of logged-in staff. A token ends after {@link #idle} without use and, used or not, {@link #lifetime}
 * after login: a token copied from a kiosk that stays busy must not live for ever. The token of a PSM or a TKSK also
 * carries the resident of an assisted session.
 *
 * <p>An officer logged in through the identity provider has no token of ours: the resident of their assisted session
 * is kept apart, by the provider's session ({@link AccessTokens.Claims#providedSession()}: the account's subject and
 * {@code sid}), so it survives the access token's refresh, and under the same idle time and lifetime, counted from
 * the assist's start. Apart, because a key of that map sent as a bearer token must name nobody.
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
    /**
     * The roles that act for a resident: the PSM volunteer and the kecamatan's TKSK. Not the admin, whom the access
     * filter lets through everywhere else, nor the officers who decide on the cases a resident files.
     */
    static final Set<Role> ASSISTING = EnumSet.of(Role.PSM, Role.TKSK);

    record Session(Actor actor, Instant opened, Instant lastUse) {
    }

    final Duration idle = Duration.ofMinutes(Long.parseLong(Settings.value(Setting.STAFF_SESSION_IDLE_MINUTES)));
    final Duration lifetime = Duration.ofMinutes(Long.parseLong(Settings.value(Setting.STAFF_SESSION_MAX_MINUTES)));
    Supplier<Instant> clock = Instant::now;
    @Inject
    Grid grid;
    /** The grid's sessions, by token; null on a kiosk. */
    SharedMap<String> shared;
    /** The grid's assisted sessions of provider logins, by provider session; null on a kiosk. */
    SharedMap<String> sharedAssists;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Session> assists = new ConcurrentHashMap<>();

    @PostConstruct
    void share() {
        shared = grid == null ? null : grid.<String>map("anjungan-staff-sessions", idle).orElse(null);
        sharedAssists = grid == null ? null : grid.<String>map("anjungan-provided-assists", idle).orElse(null);
    }

    public String open(Actor actor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.get();
        sweep(sessions, shared, now);
        store(sessions, shared, token, new Session(actor, now, now), true);
        return token;
    }

    public Optional<Actor> actor(String token) {
        return use(sessions, shared, token).map(Session::actor);
    }

    /** Starts or ends (nik {@code null}) an assisted session on a kiosk token; the caller's role is checked before. */
    Actor assist(String token, String nik) {
        Session s = find(sessions, shared, token);
        Actor a = s.actor();
        Actor assisted = new Actor(a.username(), a.displayName(), a.role(), nik);
        store(sessions, shared, token, new Session(assisted, s.opened(), clock.get()), true);
        return assisted;
    }

    /**
     * Starts or ends (nik {@code null}) the caller's assisted session: on their kiosk token, or on their provider
     * session.
     *
     * @throws Problem 403 {@code assist-not-allowed} to start one for a role other than PSM or TKSK; 409
     *                 {@code assist-needs-provider-session} for a provider token without subject or {@code sid}
     */
    public Actor assist(Caller caller, String nik) {
        if (nik != null) {
            requireAssistable(caller);
        }
        if (!caller.provided()) {
            return assist(caller.token(), nik);
        }
        Actor a = caller.actor();
        Actor assisted = new Actor(a.username(), a.displayName(), a.role(), nik);
        String key = caller.providedSession();
        if (nik == null) {
            if (key != null) {
                close(assists, sharedAssists, key);
            }
            return assisted;
        }
        if (key == null) {
            throw withoutProvidedSession();
        }
        Instant now = clock.get();
        sweep(assists, sharedAssists, now);
        store(assists, sharedAssists, key, new Session(assisted, now, now), true);
        return assisted;
    }

    /**
     * 403 unless the caller is a PSM or a TKSK, 409 unless they can carry an assisted session: a kiosk token, or a
     * provider token naming its session.
     */
    public void requireAssistable(Caller caller) {
        if (!ASSISTING.contains(caller.actor().role())) {
            throw Problem.of(403, "assist-not-allowed", "Tidak dapat mendampingi warga", "Cannot assist a resident",
                    "Hanya PSM atau TKSK yang dapat mendampingi warga. Masuk dengan akun PSM atau TKSK.",
                    "Only a PSM or a TKSK can assist a resident. Log in with a PSM or TKSK account.");
        }
        if (caller.provided() && caller.providedSession() == null) {
            throw withoutProvidedSession();
        }
    }

    /**
     * The resident a provider login assists, if any: the account must be the one that started the assist (a key is
     * its subject, so this only guards against a subject the provider gave another username). While the grid does
     * not answer, what this node saw, or none: a provider token needs no state of ours otherwise, and must not fail
     * for it.
     */
    Optional<String> assisted(String providedSession, String username) {
        try {
            return use(assists, sharedAssists, providedSession).map(Session::actor)
                    .filter(a -> a.username().equals(username)).map(Actor::onBehalfOfNik);
        } catch (Problem unavailable) {
            return Optional.empty();
        }
    }

    /** Ends the caller's session: their kiosk token, or the assist kept on their provider session. */
    public void end(Caller caller) {
        if (caller.provided()) {
            assist(caller, null);
        } else if (caller.token() != null) {
            close(caller.token());
        }
    }

    /** The line shown while a PSM or a TKSK acts for a resident, naming the role. */
    public static String banner(Actor assisting) {
        return "Dioperasikan oleh " + assisting.role() + " " + assisting.displayName() + " untuk "
                + Masking.mask(assisting.onBehalfOfNik());
    }

    /** Ends the session on every node; 503 when the grid cannot be told (the token would live on elsewhere). */
    public void close(String token) {
        close(sessions, shared, token);
    }

    /** The live session of a key, its use noted; an expired one is ended. */
    private Optional<Session> use(Map<String, Session> seen, SharedMap<String> grid, String key) {
        Instant now = clock.get();
        Session s = find(seen, grid, key);
        if (s == null) {
            seen.remove(key); // what this node saw of a key the grid no longer holds (ended on another node)
            return Optional.empty();
        }
        if (expired(s, now)) {
            close(seen, grid, key);
            return Optional.empty();
        }
        store(seen, grid, key, new Session(s.actor(), s.opened(), now), false);
        return Optional.of(s);
    }

    /** On the city tier, forgets the expired sessions this node remembers once they are many. */
    private void sweep(Map<String, Session> seen, SharedMap<String> grid, Instant now) {
        if (grid != null && seen.size() >= SWEEP_AT) {
            seen.values().removeIf(s -> expired(s, now));
        }
    }

    private static void close(Map<String, Session> seen, SharedMap<String> grid, String key) {
        seen.remove(key);
        if (grid != null) {
            try {
                grid.remove(key);
            } catch (SharedMap.Unavailable silent) {
                throw unavailable();
            }
        }
    }

    private static Session find(Map<String, Session> seen, SharedMap<String> grid, String key) {
        if (grid == null) {
            return seen.get(key);
        }
        try {
            String text = grid.get(key);
            return text == null ? null : SessionText.read(text);
        } catch (SharedMap.Unavailable silent) {
            // what this node last saw of the key; a key it never served must wait for the grid
            Session known = seen.get(key);
            if (known == null) {
                throw unavailable();
            }
            return known;
        }
    }

    /** Keeps the session here and, on the city tier, on the grid; a login must reach the grid, a use need not. */
    private static void store(Map<String, Session> seen, SharedMap<String> grid, String key, Session session,
                              boolean mustShare) {
        seen.put(key, session);
        if (grid != null) {
            try {
                grid.put(key, SessionText.write(session));
            } catch (SharedMap.Unavailable silent) {
                if (mustShare) {
                    seen.remove(key);
                    throw unavailable();
                }
            }
        }
    }

    private boolean expired(Session s, Instant now) {
        return !s.lastUse().plus(idle).isAfter(now) || !s.opened().plus(lifetime).isAfter(now);
    }

    private static Problem withoutProvidedSession() {
        return Problem.of(409, "assist-needs-provider-session", "Pendampingan tidak dapat dimulai",
                "Assistance cannot start", "Token server identitas kota ini tidak menyebut sesi masuknya, sehingga "
                        + "pendampingan tidak dapat dicatat. Keluar lalu masuk lagi; bila tetap gagal, minta admin "
                        + "memeriksa pengaturan Keycloak (klaim sub dan sid).",
                "This token of the city's identity server names no login session, so the assistance cannot be kept. "
                        + "Log out and in again; if it still fails, ask an admin to check the Keycloak setup (the sub "
                        + "and sid claims).");
    }

    private static Problem unavailable() {
        return Problem.of(503, "sessions-unavailable", "Coba lagi", "Try again",
                "Server sedang sibuk menyinkronkan sesi. Coba lagi sebentar lagi.",
                "The server is busy synchronising sessions. Try again in a moment.");
    }
}
