package id.anjungan.host.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored ledger entry; never updated or deleted by the application. */
@Entity
@Table(name = "ledger_entry") // unique (ledger_name, seq_no): db/migration/*/V1__initial_schema.sql
public class LedgerRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "id")
    public long id;
    @Column(name = "ledger_name", length = 80)
    public String ledger;
    @Column(name = "seq_no")
    public long sequence;
    @Column(name = "entry_ts")
    public Instant recorded;
    @Column(name = "amount_rp")
    public long amount;
    @Column(name = "entry_kind", length = 40)
    public String kind;
    @Column(name = "memo", length = 1000)
    public String memo;
    @Column(name = "actor_name", length = 300)
    public String actor;
    @Column(name = "reverses_seq")
    public long reverses;
    @Column(name = "entry_hash", length = 64)
    public String hash;
}
