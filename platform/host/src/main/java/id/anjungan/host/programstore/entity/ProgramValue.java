package id.anjungan.host.programstore.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One key of a program's own key-value store; the primary key makes the first of two racing writers win. */
@Entity
@Table(name = "program_value")
@IdClass(ProgramValue.Key.class)
public class ProgramValue {

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String program;
        public String valueKey;

        public Key() {
        }

        public Key(String program, String valueKey) {
            this.program = program;
            this.valueKey = valueKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(program, other.program)
                    && Objects.equals(valueKey, other.valueKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(program, valueKey);
        }
    }

    @Id
    @Column(name = "program", length = 200)
    public String program;
    @Id
    @Column(name = "value_key", length = 200)
    public String valueKey;
    @Column(name = "value_text", length = 4000, nullable = false)
    public String value;
}
