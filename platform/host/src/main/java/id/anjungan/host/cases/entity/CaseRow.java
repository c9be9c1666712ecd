package id.anjungan.host.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A case. Names and labels are copied in at each step so that the resident's history stays readable even after the
 * module is removed.
 */
@Entity
@Table(name = "kiosk_case")
public class CaseRow {

    /** {@link #owner} of a case city staff have worked (city tier). */
    public static final String OWNED_BY_CITY = "city";

    @Id
    @Column(name = "tracking", length = 40)
    public String tracking;
    @Column(name = "program", length = 16)
    public String program;
    @Column(name = "service", length = 80)
    public String service;
    @Column(name = "program_name_id", length = 200)
    public String programNameId;
    @Column(name = "program_name_en", length = 200)
    public String programNameEn;
    @Column(name = "service_title_id", length = 200)
    public String serviceTitleId;
    @Column(name = "service_title_en", length = 200)
    public String serviceTitleEn;
    @Column(name = "state", length = 60)
    public String state;
    @Column(name = "state_label_id", length = 200)
    public String stateLabelId;
    @Column(name = "state_label_en", length = 200)
    public String stateLabelEn;
    @Column(name = "closed")
    public boolean closed;
    @Column(name = "subject_nik", length = 16)
    public String subjectNik;
    @Column(name = "category", length = 80)
    public String category;
    @Column(name = "kelurahan", length = 80)
    public String kelurahan;
    @Lob
    @Column(name = "data_json")
    public String data;
    @Lob
    @Column(name = "receipt_json")
    public String receipt;
    @Column(name = "created_ts")
    public Instant created;
    @Column(name = "due_ts")
    public Instant due;
    @Column(name = "created_by", length = 64)
    public String createdBy;
    /** City tier: the kiosk it came from ({@code null}: filed here). */
    @Column(name = "origin_kiosk", length = 8)
    public String originKiosk;
    @Column(name = "kecamatan", length = 80)
    public String kecamatan;
    /** City tier: {@code city} once city staff took a step; until then its kiosk's snapshots update it. */
    @Column(name = "owner_name", length = 8)
    public String owner;
    /** City tier: the steps of the kiosk's snapshot it was last updated from. */
    @Column(name = "kiosk_steps")
    public Integer kioskSteps;
    @Version
    @Column(name = "row_version")
    public long version;
}
