package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message the city applied, keyed by its duplicate id; written in the transaction that applied it. */
@Entity
@Table(name = "sync_inbox")
public class InboxRow {

    @Id
    @Column(name = "msg_id", length = 200)
    public String id;
    @Column(name = "kind", length = 16)
    public String kind;
    @Column(name = "kiosk_id", length = 8)
    public String kiosk;
    @Column(name = "received_ts")
    public Instant received;
    /** What applying it did: {@code applied}, {@code older}, {@code city-owns}, {@code known}. */
    @Column(name = "applied_as", length = 40)
    public String appliedAs;
    /** When the outcomes it yielded were at the broker, or it yielded none; null: not known (send them again). */
    @Column(name = "outcomes_sent_ts")
    public Instant outcomesSent;
}
