package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.entity.CachedCredential;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A kiosk's staff credentials from its last online logins: while the identity provider cannot be reached, an officer
 * who logged in here online gets in with the same password for {@code ANJUNGAN_STAFF_OFFLINE_DAYS} after that login,
 * then is refused until the provider can be asked again. The password is kept as the slow hash local accounts use.
 * An account the provider refuses as disabled is forgotten at once.
 */
@ApplicationScoped
public class CachedCredentials {

    @Inject
    Database db;
    @Inject
    Accounts accounts;
    @Inject
    KioskClock clock;
    /** The kiosk sessions opened from a cached credential, with their account: they end once the provider answers. */
    private final Map<String, String> offlineSessions = new ConcurrentHashMap<>();

    /** Remembers what the provider just accepted. */
    void remember(String username, String password, AccessTokens.Claims claims) {
        String hash = accounts.hashOf(password);
        Instant now = clock.now();
        db.tx(em -> {
            CachedCredential c = Optional.ofNullable(em.find(CachedCredential.class, username))
                    .orElseGet(CachedCredential::new);
            c.username = username;
            c.passwordHash = hash;
            c.displayName = claims.displayName();
            c.role = claims.role().name();
            c.kecamatan = claims.kecamatan();
            c.verified = now;
            em.merge(c);
            return null;
        });
    }

    /** Forgets an account the provider refused as disabled (Keycloak: {@code Account disabled}). */
    void forgetIfDisabled(String username, IdentityProvider.Refused refused) {
        if (refused.disabled()) {
            forget(username);
        }
    }

    void forget(String username) {
        db.tx(em -> em.createQuery("delete from CachedCredential c where c.username = :u")
                .setParameter("u", username).executeUpdate());
    }

    /**
     * The actor for a password while the provider cannot be reached.
     *
     * @throws Problem 401 for a wrong password or an account never seen online here, 401 {@code offline-expired}
     *                 when the last online login is older than the offline period
     */
    Actor offline(String username, String password) {
        CachedCredential c = db.read(em -> em.find(CachedCredential.class, username));
        if (!accounts.matches(password, c == null ? null : c.passwordHash)) {
            throw Problem.of(401, "wrong-credentials-offline", "Gagal masuk", "Login failed",
                    "Server identitas kota tidak terjangkau, dan nama pengguna atau kata sandi ini tidak dikenal "
                            + "di anjungan ini. Coba lagi setelah jaringan pulih.",
                    "The city's identity server cannot be reached, and this username or password is not known at "
                            + "this kiosk. Try again once the network is back.");
        }
        if (!c.verified.plus(period()).isAfter(clock.now())) {
            throw expired();
        }
        return new Actor(c.username, c.displayName, Role.valueOf(c.role), null);
    }

    static Problem expired() {
        return Problem.of(401, "offline-expired", "Perlu masuk secara daring", "Online login needed",
                "Akun ini terakhir diperiksa server kota lebih dari " + Settings.value(Setting.STAFF_OFFLINE_DAYS)
                        + " hari lalu. Masuk lagi setelah anjungan terhubung ke kota.",
                "This account was last checked by the city more than " + Settings.value(Setting.STAFF_OFFLINE_DAYS)
                        + " days ago. Log in again once the kiosk reaches the city.");
    }

    /** Notes a kiosk session opened while the provider could not be reached. */
    void openedOffline(String token, String username) {
        offlineSessions.put(token, username);
    }

    /**
     * Whether a kiosk session was opened offline and must end now that the provider answers again: the officer logs
     * in online, where a disabled account is refused.
     */
    boolean endsOnline(String token) {
        return offlineSessions.containsKey(token);
    }

    /** Whether a session opened offline has outlived the offline period of its account's last online login. */
    boolean outlived(String token) {
        String username = offlineSessions.get(token);
        CachedCredential c = username == null ? null : db.read(em -> em.find(CachedCredential.class, username));
        return c == null || !c.verified.plus(period()).isAfter(clock.now());
    }

    void ended(String token) {
        offlineSessions.remove(token);
    }

    /** The kecamatan cached for an account, for the areas of an officer logged in offline. */
    Optional<String> kecamatan(String username) {
        return db.read(em -> Optional.ofNullable(em.find(CachedCredential.class, username)).map(c -> c.kecamatan));
    }

    /** The offline period; a fraction of a day is allowed (a test's short period). */
    static Duration period() {
        BigDecimal days = new BigDecimal(Settings.value(Setting.STAFF_OFFLINE_DAYS).strip());
        return Duration.ofSeconds(days.multiply(BigDecimal.valueOf(86_400)).longValue());
    }
}
