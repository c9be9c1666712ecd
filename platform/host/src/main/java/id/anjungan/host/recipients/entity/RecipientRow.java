package id.anjungan.host.recipients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * One row of a recipient list; one per NIK within a program and period. The unique key (program, period, nik) is the
 * only secondary index: lookups by NIK probe it per program (an index on the NIK alone was dropped, see
 * {@code RetiredIndexes}), so a million-row import maintains one index in random order instead of two.
 */
@Entity
@Table(name = "recipient", uniqueConstraints = @UniqueConstraint(columnNames = {"program", "period", "nik"}))
public class RecipientRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "id")
    public long id;
    @Column(name = "program", length = 16)
    public String program;
    @Column(name = "period", length = 40)
    public String period;
    @Column(name = "nik", length = 16)
    public String nik;
    @Column(name = "kk", length = 16)
    public String kk;
    @Column(name = "full_name", length = 200)
    public String name;
    @Column(name = "address", length = 300)
    public String address;
    @Column(name = "rt", length = 3)
    public String rt;
    @Column(name = "rw", length = 3)
    public String rw;
    @Column(name = "kelurahan", length = 80)
    public String kelurahan;
    @Column(name = "fields_json", length = 4000)
    public String fields;
}
