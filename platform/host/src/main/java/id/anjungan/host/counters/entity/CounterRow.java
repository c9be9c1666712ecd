package id.anjungan.host.counters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named counter (stock, sequence), also the lock that serialises a quota. */
@Entity
@Table(name = "counter_value")
public class CounterRow {

    @Id
    @Column(name = "counter_name", length = 200)
    public String name;
    @Column(name = "amount")
    public long amount;
}
