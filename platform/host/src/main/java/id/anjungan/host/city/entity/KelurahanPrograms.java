package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The programs a kelurahan runs, as the city's admin set them, or that the city handed the kelurahan back to its kiosks
 * ({@code released}); {@code revision} grows with every change, the hand-back included.
 */
@Entity
@Table(name = "city_kelurahan_programs")
public class KelurahanPrograms {

    @Id
    @Column(name = "kelurahan", length = 80)
    public String kelurahan;
    /** Program codes, comma-separated, in the order set. */
    @Column(name = "programs", length = 2000, nullable = false)
    public String programs;
    @Column(name = "revision", nullable = false)
    public long revision;
    @Column(name = "changed_ts", nullable = false)
    public Instant changed;
    @Column(name = "changed_by", length = 64, nullable = false)
    public String changedBy;
    /** When the city handed the kelurahan back (its kiosks keep their own settings); null while the city sets them. */
    @Column(name = "released_ts")
    public Instant released;
}
