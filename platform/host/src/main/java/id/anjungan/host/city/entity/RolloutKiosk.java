package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One kiosk of a rollout: its ring, the version it ran before, and the desired state the city sent it. */
@Entity
@Table(name = "city_rollout_kiosk")
public class RolloutKiosk {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String ROLLED_BACK = "ROLLED_BACK";

    /** {@code <rollout>:<kiosk>}. */
    @Id
    @Column(name = "id", length = 40)
    public String id;
    @Column(name = "rollout_id", nullable = false)
    public long rollout;
    @Column(name = "kiosk_id", length = 8, nullable = false)
    public String kiosk;
    @Column(name = "ring", nullable = false)
    public int ring;
    /** The version the kiosk reported before its ring started; null: it did not have the module. */
    @Column(name = "before_version", length = 64)
    public String beforeVersion;
    @Column(name = "state", length = 16, nullable = false)
    public String state;
    /** Revision of the desired state sent for this kiosk's module; a kiosk keeps the highest it has seen. */
    @Column(name = "revision", nullable = false)
    public long revision;
    @Column(name = "sent_ts")
    public Instant sent;
    @Column(name = "sends", nullable = false)
    public int sends;
    @Column(name = "problem", length = 400)
    public String problem;
}
