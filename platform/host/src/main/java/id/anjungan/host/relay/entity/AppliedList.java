package id.anjungan.host.relay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The city's version of a program's recipient list this kiosk loaded: an older or equal one changes nothing. */
@Entity
@Table(name = "kiosk_list_version")
public class AppliedList {

    @Id
    @Column(name = "program", length = 16)
    public String program;
    @Column(name = "version", nullable = false)
    public long version;
    @Column(name = "period", length = 40, nullable = false)
    public String period;
    @Column(name = "row_count", nullable = false)
    public long rows;
    /** Rows of another kelurahan the kiosk refused (the city should never send any). */
    @Column(name = "refused_rows", nullable = false)
    public long refused;
    @Column(name = "applied_ts", nullable = false)
    public Instant applied;
}
