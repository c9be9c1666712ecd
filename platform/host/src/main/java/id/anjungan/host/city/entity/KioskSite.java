package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where the city registered a kiosk: its kelurahan and kecamatan, as the city's admin set them. */
@Entity
@Table(name = "city_kiosk_site")
public class KioskSite {

    @Id
    @Column(name = "kiosk_id", length = 8)
    public String id;
    @Column(name = "kelurahan", length = 80, nullable = false)
    public String kelurahan;
    @Column(name = "kecamatan", length = 80, nullable = false)
    public String kecamatan;
    @Column(name = "registered_ts", nullable = false)
    public Instant registered;
    @Column(name = "registered_by", length = 64, nullable = false)
    public String registeredBy;
}
