package id.anjungan.host.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * On a kiosk: the city's state of a case this kiosk filed, once city staff took a step on it (the city owns it then,
 * and the kiosk's copy is the city's). Kept to compare: a state with no more steps than this changes nothing.
 */
@Entity
@Table(name = "sync_case_state")
public class CityCaseState {

    @Id
    @Column(name = "tracking", length = 40)
    public String tracking;
    @Column(name = "city_steps")
    public int steps;
    /** When the city took the latest step of its copy. */
    @Column(name = "city_step_ts")
    public Instant stepAt;
    /** When the city's copy arrived here. */
    @Column(name = "received_ts")
    public Instant received;
}
