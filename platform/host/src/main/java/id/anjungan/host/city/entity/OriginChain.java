package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far one kiosk's audit chain is verified from its first entry, and the last problem found in it. */
@Entity
@Table(name = "origin_chain")
public class OriginChain {

    @Id
    @Column(name = "kiosk_id", length = 8)
    public String kiosk;
    @Column(name = "verified_seq")
    public long verifiedSequence;
    @Column(name = "verified_hash", length = 64)
    public String verifiedHash;
    @Column(name = "problem", length = 300)
    public String problem;
}
