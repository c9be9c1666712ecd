package id.anjungan.host.modules.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The programs the city last set for this kiosk's kelurahan, or its hand-back (one row): an older or equal revision
 * changes nothing.
 */
@Entity
@Table(name = "kiosk_city_programs")
public class CityProgramList {

    /** The one row's key. */
    public static final int ONLY = 1;

    @Id
    @Column(name = "id")
    public int id = ONLY;
    @Column(name = "kelurahan", length = 80, nullable = false)
    public String kelurahan;
    /** Program codes, comma-separated. */
    @Column(name = "programs", length = 2000, nullable = false)
    public String programs;
    @Column(name = "revision", nullable = false)
    public long revision;
    @Column(name = "applied_ts", nullable = false)
    public Instant applied;
    /** When the city's hand-back was applied here (the admin here switches the programs again); null while it sets them. */
    @Column(name = "released_ts")
    public Instant released;
}
