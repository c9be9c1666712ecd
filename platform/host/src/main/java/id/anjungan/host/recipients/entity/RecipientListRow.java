package id.anjungan.host.recipients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One published list (program + period) and the key its rows are stored under: the period itself, or the staging key
 * of the import that published it, so that publishing a million imported rows changes this one row instead of
 * rewriting them all. Also spares a status lookup from scanning the recipients for the newest period.
 */
@Entity
@Table(name = "recipient_list", indexes = @Index(name = "recipient_list_program", columnList = "program"))
public class RecipientListRow {

    @Id
    @Column(name = "list_key", length = 60)
    public String key;
    @Column(name = "program", length = 16)
    public String program;
    @Column(name = "period", length = 40)
    public String period;
    /** DTSEN, SP2D or OTHER, as its import named it; empty for a list imported before the column. */
    @Column(name = "list_source", length = 10)
    public String source;
    @Column(name = "stored_as", length = 40)
    public String storedAs;
    @Column(name = "row_count")
    public long rows;
    @Column(name = "updated_ts")
    public Instant updated;

    public static String key(String program, String period) {
        return program + "/" + period;
    }
}
