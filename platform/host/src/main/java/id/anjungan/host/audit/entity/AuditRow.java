package id.anjungan.host.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audit entry; the sequence number is its position in the hash chain. */
@Entity
@Table(name = "audit_entry")
public class AuditRow extends ChainedEntry {

    @Id
    @Column(name = "seq_no")
    public long sequence;
}
