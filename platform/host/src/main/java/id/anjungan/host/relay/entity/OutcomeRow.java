package id.anjungan.host.relay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the city decided about one of this kiosk's cases; its id makes applying an outcome twice change nothing. */
@Entity
@Table(name = "sync_outcome")
public class OutcomeRow {

    /** {@code <tracking>:<outcome>}, the key of the outcome's duplicate id. */
    @Id
    @Column(name = "outcome_id", length = 80)
    public String id;
    @Column(name = "tracking", length = 40)
    public String tracking;
    @Column(name = "outcome", length = 20)
    public String outcome;
    @Column(name = "other_tracking", length = 40)
    public String otherTracking;
    @Column(name = "received_ts")
    public Instant received;
}
