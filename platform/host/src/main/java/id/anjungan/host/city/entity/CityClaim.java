package id.anjungan.host.city.entity;

import id.anjungan.host.counters.entity.ClaimRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A claim-once key across kiosks, held by the first case the city received with it. */
@Entity
@Table(name = "city_claim")
@IdClass(ClaimRow.Id.class) // the same key as a kiosk's claim: (scope, key)
public class CityClaim {

    @Id
    @Column(name = "claim_scope", length = 120)
    public String scope;
    @Id
    @Column(name = "claim_key", length = 200)
    public String claimKey;
    @Column(name = "tracking", length = 40)
    public String tracking;
    @Column(name = "kiosk_id", length = 8)
    public String kiosk;
    @Column(name = "claimed_ts")
    public Instant claimed;
}
