package id.anjungan.host.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far the relay got with something it follows: the audit chain's sequence, the last contact with the city. */
@Entity
@Table(name = "sync_cursor")
public class SyncCursor {

    public static final String AUDIT = "audit";
    public static final String CONTACT = "contact";

    @Id
    @Column(name = "cursor_name", length = 40)
    public String name;
    @Column(name = "seq_no")
    public long sequence;
    @Column(name = "moved_ts")
    public Instant moved;
}
