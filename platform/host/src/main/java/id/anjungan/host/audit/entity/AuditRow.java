package id.anjungan.host.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit entry; the sequence number is its position in the hash chain. */
@Entity
@Table(name = "audit_entry")
public class AuditRow {

    @Id
    @Column(name = "seq_no")
    public long sequence;
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
