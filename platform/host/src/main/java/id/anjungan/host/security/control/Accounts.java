package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.entity.Account;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Staff accounts with PBKDF2-hashed passwords (and PINs for PSM volunteers). */
@ApplicationScoped
public class Accounts {

    /** The username column's length. */
    static final int LONGEST_NAME = 64;
    static final int LONGEST_SECRET = 1024;

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    Database db;
    @Inject
    Pbkdf2PasswordHash hash;

    /** Consecutive failed logins that lock an account. */
    static final String LOCK_AFTER_SETTING = Setting.LOGIN_LOCK_AFTER.key();

    /** Verified in place of a missing hash, so that an unknown user costs the same time as a known one. */
    private String dummy;

    @jakarta.annotation.PostConstruct
    void configureHash() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256", "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
        dummy = hash.generate(oneTimePassword().toCharArray());
    }

    /** Creates the first admin from {@code ANJUNGAN_ADMIN_PASSWORD}, or with a one-time password printed once. */
    public void ensureFirstAdmin() {
        boolean hasAdmin = db.read(em -> em.createQuery("select count(a) from Account a where a.role = 'ADMIN'",
                Long.class).getSingleResult()) > 0;
        if (hasAdmin) {
            return;
        }
        Optional<String> configured = Settings.get(Setting.ADMIN_PASSWORD);
        String password = configured.orElseGet(Accounts::oneTimePassword);
        save("admin", "Administrator", Role.ADMIN, password, null);
        if (configured.isEmpty()) {
            LOG.warning("First start: created account 'admin' with one-time password " + password
                    + " (set ANJUNGAN_ADMIN_PASSWORD to choose it)");
        }
    }

    public void save(String username, String displayName, Role role, String password, String pin) {
        db.tx(em -> {
            Account a = Optional.ofNullable(em.find(Account.class, username)).orElseGet(Account::new);
            a.username = username;
            a.displayName = displayName;
            a.role = role.name();
            a.passwordHash = password == null ? null : hash.generate(password.toCharArray());
            a.pinHash = pin == null ? null : hash.generate(pin.toCharArray());
            a.active = true;
            em.merge(a);
            return null;
        });
    }

    /**
     * Creates or edits an account as the admin asked; whether it was created. A new account needs a password; the
     * last active admin keeps the admin role (no one could manage accounts or modules after it).
     */
    public boolean change(String username, AccountChange change) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1," + (LONGEST_NAME - 1) + "}")) {
            throw AccountChange.invalid("username", "Nama pengguna: huruf kecil, angka, titik, garis bawah atau "
                    + "tanda hubung (2 sampai " + LONGEST_NAME + " karakter).", "A username: lower-case letters, digits,"
                    + " dots, underscores or hyphens (2 to " + LONGEST_NAME + " characters).");
        }
        String passwordHash = change.password() == null ? null : hash.generate(change.password().toCharArray());
        String pinHash = change.pin() == null ? null : hash.generate(change.pin().toCharArray());
        return db.tx(em -> {
            Account a = em.find(Account.class, username, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            boolean created = a == null;
            if (created && passwordHash == null) {
                throw AccountChange.invalid("password", "Akun baru memerlukan kata sandi.", "A new account needs a password.");
            }
            if (!created && Role.ADMIN.name().equals(a.role) && change.role() != Role.ADMIN && em.createQuery(
                    "select count(x) from Account x where x.role = 'ADMIN' and x.active = true", Long.class)
                    .getSingleResult() <= 1) {
                throw Problem.of(409, "last-admin", "Admin terakhir", "Last admin",
                        "Akun ini adalah admin terakhir; perannya tidak dapat diubah.",
                        "This is the last admin account; its role cannot be changed.");
            }
            if (created) {
                a = new Account();
                a.username = username;
            }
            a.displayName = change.displayName();
            a.role = change.role().name();
            a.passwordHash = passwordHash == null ? a.passwordHash : passwordHash;
            a.pinHash = pinHash == null ? a.pinHash : pinHash;
            a.kecamatan = change.kecamatan();
            a.kelurahan = change.kelurahan();
            if (created) {
                em.persist(a);
            }
            return created;
        });
    }

    /** Binds an account to a kecamatan (and kelurahan): the demo's officers. */
    public void bind(String username, String kecamatan, String kelurahan) {
        db.tx(em -> {
            Account a = em.find(Account.class, username);
            a.kecamatan = AreaNames.canonical(kecamatan).orElse(null);
            a.kelurahan = AreaNames.canonical(kelurahan).orElse(null);
            return null;
        });
    }

    public Optional<Account> find(String username) {
        return db.read(em -> Optional.ofNullable(em.find(Account.class, username)));
    }

    /** The slow hash of a secret, as accounts keep theirs (for a credential cached by a kiosk). */
    String hashOf(String secret) {
        return hash.generate(secret.toCharArray());
    }

    /** Whether a secret matches a hash of {@link #hashOf}; with none, a dummy is verified so that it takes as long. */
    boolean matches(String secret, String hashed) {
        boolean ok = hash.verify(secret.toCharArray(), hashed != null ? hashed : dummy);
        return ok && hashed != null;
    }

    /** A login's outcome: the actor, or none; {@code locked} when the account is locked (now or before). */
    public record Attempt(Actor actor, boolean locked) {
        public boolean succeeded() {
            return actor != null;
        }
    }

    /**
     * Checks a username and its password (or PIN, for PSM). Takes the same time whether the account exists or has a
     * PIN: both hashes are always verified, against a dummy hash when there is none, and a failure is counted for an
     * unknown name too, so the answer time tells nothing about which usernames exist. Consecutive failures (setting
     * {@code ANJUNGAN_LOGIN_LOCK_AFTER}, 10 by default) lock the account until an admin {@linkplain #unlock unlocks} it.
     */
    public Attempt attempt(String username, String secret) {
        // a name longer than its column is nobody's (the database refuses to compare it), and hashing a secret of
        // megabytes would tie up a core: both fail like a wrong password, after the same hash work
        boolean fits = username != null && username.length() <= LONGEST_NAME && secret != null
                && secret.length() <= LONGEST_SECRET;
        boolean asked = fits && !username.isBlank() && !secret.isEmpty();
        Account a = asked ? db.read(em -> em.find(Account.class, username)) : null;
        char[] typed = (fits ? secret : "").toCharArray();
        boolean password = hash.verify(typed, a != null && a.passwordHash != null ? a.passwordHash : dummy);
        boolean pin = hash.verify(typed, a != null && a.pinHash != null ? a.pinHash : dummy);
        boolean known = a != null && a.active;
        if (known && a.locked != null) {
            return new Attempt(null, true);
        }
        boolean ok = known && (password && a.passwordHash != null || pin && a.pinHash != null);
        if (ok) {
            if (a.failedLogins != null && a.failedLogins > 0) {
                resetFailures(username);
            }
            return new Attempt(new Actor(a.username, a.displayName, Role.valueOf(a.role), null), false);
        }
        boolean lockedNow = asked && failed(username); // for an unknown name too: the same write, the same time
        return new Attempt(null, known && lockedNow);
    }

    /** Counts a failure in the database (atomic, so concurrent guesses all count); whether it locked the account. */
    private boolean failed(String username) {
        int lockAfter = Settings.number(Setting.LOGIN_LOCK_AFTER);
        return db.tx(em -> {
            em.createQuery("update Account a set a.failedLogins = coalesce(a.failedLogins, 0) + 1"
                    + " where a.username = :u").setParameter("u", username).executeUpdate();
            return em.createQuery("update Account a set a.locked = :now where a.username = :u"
                            + " and a.failedLogins >= :n and a.locked is null").setParameter("now", Instant.now())
                    .setParameter("u", username).setParameter("n", lockAfter).executeUpdate() > 0;
        });
    }

    private void resetFailures(String username) {
        db.tx(em -> em.createQuery("update Account a set a.failedLogins = 0 where a.username = :u")
                .setParameter("u", username).executeUpdate());
    }

    /** Opens a locked account again; {@code false} when there is no such account. */
    public boolean unlock(String username) {
        return db.tx(em -> em.createQuery("update Account a set a.locked = null, a.failedLogins = 0"
                + " where a.username = :u").setParameter("u", username).executeUpdate() > 0);
    }

    public List<Account> all() {
        return db.read(em -> em.createQuery("select a from Account a order by a.username", Account.class).getResultList());
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
