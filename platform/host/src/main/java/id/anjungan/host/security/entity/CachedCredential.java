package id.anjungan.host.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff credential the identity provider last accepted at this kiosk, for logins while it cannot be reached. */
@Entity
@Table(name = "staff_credential")
public class CachedCredential {

    @Id
    @Column(name = "username", length = 64)
    public String username;
    /** The password's PBKDF2 hash, as {@code Accounts} keeps local passwords. */
    @Column(name = "password_hash", length = 400)
    public String passwordHash;
    @Column(name = "display_name", length = 200)
    public String displayName;
    @Column(name = "role_name", length = 16)
    public String role;
    @Column(name = "kecamatan", length = 80)
    public String kecamatan;
    /** When the identity provider last accepted this password. */
    @Column(name = "verified_ts")
    public Instant verified;
}
