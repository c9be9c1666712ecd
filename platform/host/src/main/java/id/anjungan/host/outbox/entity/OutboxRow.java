package id.anjungan.host.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change to a case the city has not yet taken: written with the change, marked sent once the broker has it. */
@Entity
@Table(name = "sync_outbox")
public class OutboxRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public long id;
    @Column(name = "tracking", length = 40)
    public String tracking;
    @Column(name = "created_ts")
    public Instant created;
    @Column(name = "sent_ts")
    public Instant sent;
    @Column(name = "attempts")
    public int attempts;
}
