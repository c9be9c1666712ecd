package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A module version going out ring by ring; its row is locked by the city node that moves it. */
@Entity
@Table(name = "city_rollout")
public class Rollout {

    public static final String RUNNING = "RUNNING";
    public static final String HALTED = "HALTED";
    public static final String FINISHED = "FINISHED";

    @Id
    @Column(name = "id")
    public long id;
    @Column(name = "code", length = 16, nullable = false)
    public String code;
    @Column(name = "sha256", length = 64, nullable = false)
    public String sha256;
    @Column(name = "version", length = 64, nullable = false)
    public String version;
    @Column(name = "state", length = 16, nullable = false)
    public String state;
    /** The ring being rolled out to (or that halted); past the last ring once finished. */
    @Column(name = "ring", nullable = false)
    public int ring;
    /** Since when every kiosk of the current ring has run the version UP; null while any has not. */
    @Column(name = "ring_healthy_since")
    public Instant ringHealthySince;
    /** Failed kiosks a ring may have and still go on (hawkBit's error threshold); 0 by default. */
    @Column(name = "error_threshold", nullable = false)
    public int errorThreshold;
    @Column(name = "created_ts", nullable = false)
    public Instant created;
    @Column(name = "created_by", length = 64, nullable = false)
    public String createdBy;
    @Column(name = "ended_ts")
    public Instant ended;
    @Column(name = "reason", length = 400)
    public String reason;
}
