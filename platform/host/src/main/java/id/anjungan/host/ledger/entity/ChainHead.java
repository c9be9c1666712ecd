package id.anjungan.host.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of a hash chain (a ledger or the audit log); locked to append in order across kiosks. */
@Entity
@Table(name = "chain_head")
public class ChainHead {

    @Id
    @Column(name = "chain_name", length = 80)
    public String name;
    @Column(name = "last_seq")
    public long lastSequence;
    @Column(name = "last_hash", length = 64)
    public String lastHash = "";
    @Column(name = "balance_rp")
    public long balance;
}
