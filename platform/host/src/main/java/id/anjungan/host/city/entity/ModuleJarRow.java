package id.anjungan.host.city.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed module jar in the city's store, by the SHA-256 of its bytes. */
@Entity
@Table(name = "city_module_jar")
public class ModuleJarRow {

    @Id
    @Column(name = "sha256", length = 64)
    public String sha256;
    @Column(name = "code", length = 16, nullable = false)
    public String code;
    @Column(name = "version", length = 64, nullable = false)
    public String version;
    @Column(name = "signer", length = 64, nullable = false)
    public String signer;
    @Column(name = "size_bytes", nullable = false)
    public long size;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    public byte[] content;
    @Column(name = "uploaded_ts", nullable = false)
    public Instant uploaded;
    @Column(name = "uploaded_by", length = 64, nullable = false)
    public String uploadedBy;
}
