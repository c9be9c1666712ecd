package id.anjungan.host.counters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A key claimed once within a scope; the primary key makes a second claim fail in the database itself. */
@Entity
@Table(name = "claim_once")
@IdClass(ClaimRow.Id.class)
public class ClaimRow {

    /** Composite key. */
    public static class Id implements Serializable {
        private static final long serialVersionUID = 1L;
        public String scope;
        public String claimKey;

        public Id() {
        }

        public Id(String scope, String claimKey) {
            this.scope = scope;
            this.claimKey = claimKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && java.util.Objects.equals(scope, other.scope)
                    && java.util.Objects.equals(claimKey, other.claimKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(scope, claimKey);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "scope", length = 120)
    public String scope;
    @jakarta.persistence.Id
    @Column(name = "claim_key", length = 200)
    public String claimKey;
    @Column(name = "claimed_ts")
    public Instant claimed;
    @Column(name = "claimed_by", length = 300)
    public String by;
    @Column(name = "details_json", length = 4000)
    public String details;
}
