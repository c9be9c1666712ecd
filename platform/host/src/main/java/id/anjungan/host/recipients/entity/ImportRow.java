package id.anjungan.host.recipients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a recipient-list import stands, kept so that its outcome is still known after a restart. */
@Entity
@Table(name = "recipient_import")
public class ImportRow {

    @Id
    @Column(name = "import_id", length = 16)
    public String id;
    @Column(name = "program", length = 16)
    public String program;
    @Column(name = "period", length = 40)
    public String period;
    /** DTSEN, SP2D or OTHER ({@code ListSource}); empty on imports of a build before the column. */
    @Column(name = "list_source", length = 10)
    public String source;
    @Column(name = "state", length = 10)
    public String state;
    @Column(name = "rows_read")
    public long rowsRead;
    @Column(name = "rows_imported")
    public long rowsImported;
    @Column(name = "rows_rejected")
    public long rowsRejected;
    @Column(name = "problem_code", length = 40)
    public String problemCode;
    @Column(name = "problem_id", length = 1000)
    public String problemId;
    @Column(name = "problem_en", length = 1000)
    public String problemEn;
    @Column(name = "started_ts")
    public Instant started;
    @Column(name = "updated_ts")
    public Instant updated;
}
