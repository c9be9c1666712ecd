package id.anjungan.host.relay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An attachment the city's broker took: it is not sent again with its case's later steps. */
@Entity
@Table(name = "sync_sent_attachment")
public class SentAttachment {

    @Id
    @Column(name = "attachment_id", length = 36)
    public String id;
    @Column(name = "sent_ts")
    public Instant sent;
}
