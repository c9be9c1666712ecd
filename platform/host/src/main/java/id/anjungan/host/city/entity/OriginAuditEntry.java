package id.anjungan.host.city.entity;

import id.anjungan.host.audit.entity.ChainedEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One entry of a kiosk's audit chain, exactly as the kiosk hashed it; its sequence and kiosk are its key. */
@Entity
@Table(name = "origin_audit")
@IdClass(OriginAuditEntry.Key.class)
public class OriginAuditEntry extends ChainedEntry {

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String kiosk;
        public long sequence;

        public Key() {
        }

        public Key(String kiosk, long sequence) {
            this.kiosk = kiosk;
            this.sequence = sequence;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && java.util.Objects.equals(kiosk, other.kiosk)
                    && java.util.Objects.equals(sequence, other.sequence);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(kiosk, sequence);
        }
    }


    @Id
    @Column(name = "kiosk_id", length = 8)
    public String kiosk;
    @Id
    @Column(name = "seq_no")
    public long sequence;
}
