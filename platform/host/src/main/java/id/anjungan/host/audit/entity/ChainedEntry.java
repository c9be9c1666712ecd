package id.anjungan.host.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The fields of an audit entry that its hash covers with its sequence number: the kiosk's own chain
 * ({@link AuditRow}) and each kiosk's chain as the city keeps it.
 */
@MappedSuperclass
public abstract class ChainedEntry {

    @Column(name = "entry_ts")
    public Instant recorded;
    @Column(name = "actor_name", length = 300)
    public String actor;
    @Column(name = "action_name", length = 80)
    public String action;
    @Column(name = "subject", length = 300)
    public String subject;
    @Column(name = "detail", length = 2000)
    public String detail;
    /** The keyed hash of the NIK of the person the entry concerns ({@code SubjectKeys}), or null. */
    @Column(name = "subject_key", length = 64)
    public String subjectKey;
    @Column(name = "entry_hash", length = 64)
    public String hash;
}
