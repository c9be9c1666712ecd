package id.anjungan.host.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A known resident. */
@Entity
@Table(name = "resident")
public class ResidentRow {

    @Id
    @Column(name = "nik", length = 16)
    public String nik;
    @Column(name = "kk", length = 16)
    public String kk;
    @Column(name = "full_name", length = 200)
    public String name;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(name = "address", length = 300)
    public String address;
    @Column(name = "rt", length = 3)
    public String rt;
    @Column(name = "rw", length = 3)
    public String rw;
    @Column(name = "kelurahan", length = 80)
    public String kelurahan;
    @Column(name = "standing", length = 16)
    public String standing;
}
