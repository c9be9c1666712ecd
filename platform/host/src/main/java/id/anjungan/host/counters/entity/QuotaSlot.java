package id.anjungan.host.counters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A holder of a place in a quota, or waiting for one (ordered by {@code ticket}). */
@Entity
@Table(name = "quota_slot") // unique (quota_name, holder): db/migration/*/V1__initial_schema.sql
public class QuotaSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "id")
    public long id;
    @Column(name = "quota_name", length = 200)
    public String quota;
    @Column(name = "holder", length = 200)
    public String holder;
    @Column(name = "placed")
    public boolean placed;
    @Column(name = "ticket")
    public long ticket;
}
