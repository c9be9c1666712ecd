package id.anjungan.host.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A kiosk the city heard from, with where it stands (from its cases) and when it last sent. */
@Entity
@Table(name = "city_kiosk")
public class OriginKiosk {

    @Id
    @Column(name = "kiosk_id", length = 8)
    public String id;
    @Column(name = "kelurahan", length = 80)
    public String kelurahan;
    @Column(name = "kecamatan", length = 80)
    public String kecamatan;
    @Column(name = "last_message_ts")
    public Instant lastMessage;
    @Column(name = "messages")
    public long messages;
}
