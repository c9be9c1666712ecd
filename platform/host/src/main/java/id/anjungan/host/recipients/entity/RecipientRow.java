package id.anjungan.host.recipients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One row of a recipient list; one per NIK within a program and period. */
@Entity
@Table(name = "recipient", uniqueConstraints = @UniqueConstraint(columnNames = {"program", "period", "nik"}),
        indexes = @Index(name = "recipient_nik", columnList = "nik"))
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
