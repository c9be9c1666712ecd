package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The city's version of a program's newest recipient list, as its kiosks receive it; raised by each newer list. */
@Entity
@Table(name = "city_list_version")
public class ListVersion {

    @Id
    @Column(name = "program", length = 16)
    public String program;
    @Column(name = "version", nullable = false)
    public long version;
    @Column(name = "period", length = 40, nullable = false)
    public String period;
    @Column(name = "list_source", length = 10)
    public String source;
    @Column(name = "published_ts", nullable = false)
    public Instant published;
    /** When every registered kiosk's slice of this version was sent; null until then. */
    @Column(name = "distributed_ts")
    public Instant distributed;
}
