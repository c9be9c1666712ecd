package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case whose claim-once key another case held first: listed for the TKSK of its kecamatan. */
@Entity
@Table(name = "city_conflict")
public class ClaimConflict {

    @Id
    @Column(name = "tracking", length = 40)
    public String tracking;
    @Column(name = "kiosk_id", length = 8)
    public String kiosk;
    @Column(name = "claim_scope", length = 120)
    public String scope;
    @Column(name = "claim_key", length = 200)
    public String claimKey;
    @Column(name = "held_by", length = 40)
    public String heldBy;
    @Column(name = "held_kiosk", length = 8)
    public String heldKiosk;
    @Column(name = "kelurahan", length = 80)
    public String kelurahan;
    @Column(name = "kecamatan", length = 80)
    public String kecamatan;
    @Column(name = "listed_ts")
    public Instant listed;
}
