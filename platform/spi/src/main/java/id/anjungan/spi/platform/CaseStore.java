package id.anjungan.spi.platform;

import id.anjungan.spi.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Cases of every program. The platform opens cases from kiosk submissions; modules read and move them. */
@ProviderType
public interface CaseStore {

    Optional<CaseRecord> find(String tracking);

    /** Cases of a program, optionally of one service and one state ({@code null} for any), newest first. */
    List<CaseRecord> list(String program, String service, String state);

    /**
     * Takes a workflow step.
     *
     * @throws id.anjungan.spi.ProgramException when the step is not allowed from the current state or for the actor
     */
    CaseRecord transition(String tracking, String transition, String note, Actor actor);

    /** Adds or changes facts of a case (e.g. a NIK issued later, an amount paid); recorded in the history. */
    CaseRecord annotate(String tracking, java.util.Map<String, String> facts, String note, Actor actor);
}
