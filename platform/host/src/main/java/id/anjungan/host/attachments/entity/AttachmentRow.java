package id.anjungan.host.attachments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or scan, stored as a file outside the database with its checksum. */
@Entity
@Table(name = "attachment")
public class AttachmentRow {

    @Id
    @Column(name = "id", length = 36)
    public String id;
    @Column(name = "content_type", length = 40)
    public String contentType;
    @Column(name = "size_bytes")
    public long size;
    @Column(name = "sha256", length = 64)
    public String sha256;
    @Column(name = "file_path", length = 500)
    public String path;
    @Column(name = "created_ts")
    public Instant created;
    /** Set once a case (or other record) was found to use it: it is never looked at as an orphan again. */
    @Column(name = "in_use")
    public Boolean inUse;
    /** City tier: the kiosk that sent it ({@code null}: uploaded here). */
    @Column(name = "origin_kiosk", length = 8)
    public String originKiosk;
}
