package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A kiosk's newest heartbeat ({@code status} message), as the kiosk sent it. */
@Entity
@Table(name = "city_kiosk_status")
public class KioskStatusRow {

    @Id
    @Column(name = "kiosk_id", length = 8)
    public String kiosk;
    /** When the kiosk sent it, by the kiosk's clock: an older heartbeat arriving late changes nothing. */
    @Column(name = "reported_ts", nullable = false)
    public Instant reported;
    @Column(name = "received_ts", nullable = false)
    public Instant received;
    @Lob
    @Column(name = "body", nullable = false)
    public String body;
}
