package id.anjungan.host.security.control;

import id.anjungan.host.config.Settings;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.security.entity.Account;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Staff accounts with PBKDF2-hashed passwords (and PINs for PSM volunteers). */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    Database db;
    @Inject
    Pbkdf2PasswordHash hash;

    @jakarta.annotation.PostConstruct
    void configureHash() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256", "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
    }

    /** Creates the first admin from {@code ANJUNGAN_ADMIN_PASSWORD}, or with a one-time password printed once. */
    public void ensureFirstAdmin() {
        boolean hasAdmin = db.read(em -> em.createQuery("select count(a) from Account a where a.role = 'ADMIN'",
                Long.class).getSingleResult()) > 0;
        if (hasAdmin) {
            return;
        }
        Optional<String> configured = Settings.get("anjungan.admin.password");
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

    /** The actor for a username and its password (or PIN, for PSM), if they match. */
    public Optional<Actor> authenticate(String username, String secret) {
        if (username == null || secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        Account a = db.read(em -> em.find(Account.class, username));
        if (a == null || !a.active) {
            return Optional.empty();
        }
        boolean ok = a.passwordHash != null && hash.verify(secret.toCharArray(), a.passwordHash)
                || a.pinHash != null && hash.verify(secret.toCharArray(), a.pinHash);
        return ok ? Optional.of(new Actor(a.username, a.displayName, Role.valueOf(a.role), null)) : Optional.empty();
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
