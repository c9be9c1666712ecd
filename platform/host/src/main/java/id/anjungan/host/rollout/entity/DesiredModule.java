package id.anjungan.host.rollout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** On a kiosk: the newest desired state of one module the city sent, and how far the kiosk got with it. */
@Entity
@Table(name = "kiosk_desired_module")
public class DesiredModule {

    @Id
    @Column(name = "code", length = 16)
    public String code;
    /** Null: the module is not to be installed here (a rollout that brought it was undone). */
    @Column(name = "version", length = 64)
    public String version;
    /** The jar to fetch; null when the version is one the kiosk ran before (a rollback). */
    @Column(name = "sha256", length = 64)
    public String sha256;
    @Column(name = "revision", nullable = false)
    public long revision;
    @Column(name = "received_ts", nullable = false)
    public Instant received;
    @Column(name = "applied_revision")
    public Long appliedRevision;
    @Column(name = "failed_revision")
    public Long failedRevision;
    @Column(name = "problem", length = 400)
    public String problem;
}
