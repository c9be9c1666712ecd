package id.anjungan.host.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff account: admin, TKSK, PSM and the officers of the case workflows. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "username", length = 64)
    public String username;
    @Column(name = "display_name", length = 200)
    public String displayName;
    @Column(name = "role_name", length = 16)
    public String role;
    @Column(name = "password_hash", length = 400)
    public String passwordHash;
    @Column(name = "pin_hash", length = 400)
    public String pinHash;
    @Column(name = "active")
    public boolean active = true;
    /** Wrong passwords or PINs since the last successful login. */
    @Column(name = "failed_logins")
    public Integer failedLogins;
    /** When repeated failures locked the account; {@code null} while it is open. Only an admin unlocks it. */
    @Column(name = "locked_ts")
    public Instant locked;
    /** The kecamatan a TKSK or camat serves: on the city tier they see its cases only ({@code StaffAreas}). */
    @Column(name = "kecamatan", length = 80)
    public String kecamatan;
    /** The kelurahan a PSM or Kasi Kesos works in; recorded for the admin, not a limit. */
    @Column(name = "kelurahan", length = 80)
    public String kelurahan;
}
