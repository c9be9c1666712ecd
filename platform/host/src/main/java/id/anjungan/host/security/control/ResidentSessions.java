package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.web.ClientAddress;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resident sessions, issued by the server when a resident touches "Mulai" and ended at the idle reset or "Selesai".
 * Rate limits and the right to a case's receipt hang on them, so only ids issued here count, and only from the device
 * they were issued to and before they expire: a client that sends a new header gets no new budget, and starting
 * sessions is itself limited per device. Kept in memory: a restart ends every visit, as the kiosk's screen does.
 */
@ApplicationScoped
public class ResidentSessions {

    /** The request header that carries a resident session's id. */
    public static final String HEADER = "X-Kiosk-Session";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Expired sessions are swept when a start finds this many; until then they cost a map entry each. */
    private static final int SWEEP_AT = 1024;

    @Inject
    KioskClock clock;

    final Duration idle = Duration.ofMinutes(Settings.number(Setting.SESSION_IDLE_MINUTES));
    final Duration longest = Duration.ofMinutes(Settings.number(Setting.SESSION_MAX_MINUTES));
    final RateLimits startsPerDevice = new RateLimits(Settings.number(Setting.SESSION_PER_DEVICE_PER_MINUTE));
    final long uploadBytes = Settings.number(Setting.UPLOAD_PER_SESSION_MB) * 1024L * 1024;
    final int uploads = Settings.number(Setting.UPLOAD_PER_SESSION_FILES);
    private final Map<String, ResidentSession> sessions = new ConcurrentHashMap<>();

    /** A new session for a resident at {@code device} (the remote address as the server sees it). */
    public ResidentSession start(String device) {
        Instant now = clock.now();
        long wait = startsPerDevice.retryAfter(device, now);
        if (wait > 0) {
            throw Problem.tooMany(wait, "Terlalu banyak sesi baru dari anjungan ini. Tunggu sebentar lalu sentuh "
                    + "Mulai lagi.", "Too many new sessions from this kiosk. Wait a moment, then touch Start again.");
        }
        if (sessions.size() >= SWEEP_AT) {
            sessions.values().removeIf(s -> expired(s, now));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ResidentSession session = new ResidentSession(id, device, now, uploadBytes, uploads);
        sessions.put(id, session);
        return session;
    }

    /** The live session with this id, issued to this device; else a 401 that asks to start again. */
    public ResidentSession require(String id, String device) {
        ResidentSession session = id == null ? null : sessions.get(id.trim());
        Instant now = clock.now();
        if (session == null || !session.device().equals(device) || expired(session, now)) {
            if (session != null && expired(session, now)) {
                sessions.remove(session.id());
            }
            throw Problem.of(401, "session-required", "Sesi berakhir", "Session ended",
                    "Sesi anjungan belum dimulai atau sudah berakhir. Sentuh Mulai untuk memulai lagi.",
                    "The kiosk session has not started or has ended. Touch Start to begin again.");
        }
        session.used(now);
        return session;
    }

    /** The request's live session (header {@value #HEADER}, from the address it was issued to); else a 401. */
    public ResidentSession require(HttpServletRequest request) {
        return require(request.getHeader(HEADER), ClientAddress.of(request));
    }

    /** The request's live session, if it sends one. */
    public Optional<ResidentSession> find(HttpServletRequest request) {
        try {
            return Optional.of(require(request));
        } catch (Problem none) {
            return Optional.empty();
        }
    }

    /** Ends the session, if this device holds it; an unknown id is already ended. */
    public void end(String id, String device) {
        if (id != null) {
            sessions.computeIfPresent(id.trim(), (k, s) -> s.device().equals(device) ? null : s);
        }
    }

    int size() {
        return sessions.size();
    }

    private boolean expired(ResidentSession s, Instant now) {
        return !now.isBefore(s.lastUse().plus(idle)) || !now.isBefore(s.started().plus(longest));
    }
}
