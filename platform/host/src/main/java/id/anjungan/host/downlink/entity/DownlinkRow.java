package id.anjungan.host.downlink.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change a kiosk has not yet been sent: written in the transaction of the change, claimed by one city node's sender
 * for a while, marked sent once the broker took the subject's newest state.
 */
@Entity
@Table(name = "city_downlink")
public class DownlinkRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public long id;
    @Column(name = "kiosk_id", length = 8)
    public String kiosk;
    /** The message kind ({@code case-state}). */
    @Column(name = "kind", length = 20)
    public String kind;
    /** What the message is about: the case's tracking number. */
    @Column(name = "subject", length = 80)
    public String subject;
    @Column(name = "created_ts")
    public Instant created;
    @Column(name = "claimed_by", length = 80)
    public String claimedBy;
    @Column(name = "claimed_until")
    public Instant claimedUntil;
    @Column(name = "sent_ts")
    public Instant sent;
    @Column(name = "attempts")
    public int attempts;
}
