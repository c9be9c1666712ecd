package id.anjungan.host.musyawarah.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One proposal's decision in a musyawarah kelurahan; the meeting's date, place and attendees are kept on each of its
 * decisions, so one row says all that the SIKS-NG entry of the proposal needs.
 */
@Entity
@Table(name = "musyawarah_decision", indexes = @Index(name = "musyawarah_tracking", columnList = "tracking"))
public class MusyawarahDecisionRow {

    @Id
    @Column(name = "id", length = 60)
    public String id;
    @Column(name = "meeting_id", length = 40)
    public String meetingId;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "place", length = 200)
    public String place;
    @Column(name = "attendees", length = 7500)
    public String attendees;
    @Column(name = "tracking", length = 40)
    public String tracking;
    @Column(name = "approved")
    public boolean approved;
    @Column(name = "note", length = 500)
    public String note;
    @Column(name = "recorded_by", length = 64)
    public String recordedBy;
    @Column(name = "recorded_ts")
    public Instant recorded;
}
