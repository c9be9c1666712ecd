package id.anjungan.host.cases.entity;

import id.anjungan.host.sync.CaseSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a case's history. */
@Entity
@Table(name = "case_step")
public class CaseStepRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "id")
    public long id;
    @Column(name = "tracking", length = 40)
    public String tracking;
    @Column(name = "step_ts")
    public Instant recorded;
    @Column(name = "state", length = 60)
    public String state;
    @Column(name = "state_label_id", length = 200)
    public String stateLabelId;
    @Column(name = "state_label_en", length = 200)
    public String stateLabelEn;
    @Column(name = "transition_id", length = 60)
    public String transition;
    @Column(name = "actor_name", length = 300)
    public String actor;
    @Column(name = "note", length = 2000)
    public String note;

    /** A step as a case snapshot carries it between kiosk and city. */
    public CaseSnapshot.Step toStep() {
        return new CaseSnapshot.Step(recorded, state, stateLabelId, stateLabelEn, transition, actor, note);
    }

    /** The row of a snapshot's step of case {@code tracking}, not yet persisted. */
    public static CaseStepRow of(String tracking, CaseSnapshot.Step step) {
        CaseStepRow row = new CaseStepRow();
        row.tracking = tracking;
        row.recorded = step.recorded();
        row.state = step.state();
        row.stateLabelId = step.stateLabelId();
        row.stateLabelEn = step.stateLabelEn();
        row.transition = step.transition();
        row.actor = step.actor();
        row.note = step.note();
        return row;
    }
}
