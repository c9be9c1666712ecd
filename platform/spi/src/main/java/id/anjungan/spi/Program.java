package id.anjungan.spi;

import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A social-assistance program, registered as an OSGi service by its module bundle. The platform finds it by the
 * service property {@link #CODE}, shows its services at the kiosk, validates forms, opens and moves cases, and
 * calls back here for the program's own rules. Modules keep no state of their own: they persist only through the
 * services of {@link id.anjungan.spi.platform}, so their data survives update, rollback and uninstall.
 *
 * <p>Calls may come from many threads at once and are cut off after a configured timeout.
 */
@ConsumerType
public interface Program {

    /** Service property: the program code, equal to {@code descriptor().code()}. */
    String CODE = "anjungan.program.code";

    /** What the program is and offers. Called often: return a prebuilt value. */
    ProgramDescriptor descriptor();

    /**
     * Checks a submission against the program's own rules before a case is opened.
     * The default accepts it with the service's checklist.
     */
    default Assessment assess(Submission submission) {
        return descriptor().service(submission.service())
                .map(s -> Assessment.accept(s.checklist(), null))
                .orElseGet(() -> Assessment.refuse(Reason.of("unknown-service", "Layanan tidak dikenal.",
                        "Unknown service.")));
    }

    /**
     * Refuses an application early, at the question that decides it: the kiosk calls this after each answer with the
     * answers given so far, so that a resident who cannot qualify learns it (and where else to go) there, not after
     * the last question. Answer only what these answers decide whatever comes later; the full {@link #assess} still
     * runs at submission. The default refuses nothing.
     *
     * @param answersSoFar the answers up to the question just answered, checked by the platform like a submission's
     *                     (questions not reached are absent); {@link Submission#subjectNik()} is the first NIK answer
     *                     when one was given
     * @return the refusal, or empty while the answers so far leave the application open
     */
    default Optional<EarlyRefusal> refuseEarly(Submission answersSoFar) {
        return Optional.empty();
    }

    /** Screens a resident for this program. The default says the program is not relevant. */
    default Eligibility screen(ScreeningAnswers answers) {
        return Eligibility.notRelevant();
    }

    /**
     * Describes the resident's status from the platform's recipient list.
     *
     * @param record the resident's entry in the newest list of this program, or empty when not listed
     */
    default StatusReport status(Optional<RecipientRecord> record) {
        return record.map(r -> new StatusReport(true, r.period(), null, null, null, null, null))
                .orElseGet(() -> StatusReport.notRegistered(null));
    }

    /**
     * Runs one of the program's {@link Operation}s for its screens; the platform has checked the caller's role.
     *
     * @return a JSON-like value: {@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean} or
     *         {@code null}; since 1.3 a map may hold a {@link PrintableDocument} under {@link PrintableDocument#KEY},
     *         which the screens receive in its JSON form and the host prints as a PDF
     * @throws ProgramException to refuse with a readable reason
     */
    default Object operate(String operation, Map<String, Object> input, Actor actor) {
        throw ProgramException.of("unknown-operation", "Operasi tidak dikenal.", "Unknown operation.");
    }

    /** Told after a case of this program moved, e.g. to record a disbursement. Must not throw. */
    default void transitioned(CaseRecord record, Transition step, Actor actor) {
    }

    /** A problem the module sees in itself (missing configuration, say), shown as unhealthy. */
    default Optional<Text> problem() {
        return Optional.empty();
    }
}
