package id.anjungan.host.modules.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A program module the admin installed, with the jar kept for rollback. */
@Entity
@Table(name = "installed_module")
public class InstalledModule {

    @Id
    @Column(name = "code", length = 16)
    public String code;
    @Column(name = "symbolic_name", length = 200)
    public String symbolicName;
    @Column(name = "module_version", length = 64)
    public String version;
    @Column(name = "jar_file", length = 500)
    public String jarFile;
    @Column(name = "previous_version", length = 64)
    public String previousVersion;
    @Column(name = "previous_jar_file", length = 500)
    public String previousJarFile;
    /** SHA-256 of the certificate the program code is pinned to: updates must be signed with it. */
    @Column(name = "signer_sha256", length = 64)
    public String signer;
    @Column(name = "enabled")
    public boolean enabled;
    /** The program's name as it last answered, shown while it is disabled or not running. */
    @Column(name = "name_id", length = 200)
    public String nameId;
    @Column(name = "name_en", length = 200)
    public String nameEn;
    @Column(name = "updated_ts")
    public Instant updated;
}
