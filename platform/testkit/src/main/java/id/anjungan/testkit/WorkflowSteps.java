package id.anjungan.testkit;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.CaseRecord;

/** The checks the kiosk makes before a case takes a step, with the same refusals. */
final class WorkflowSteps {

    private WorkflowSteps() {
    }

    /** The state the step leads to; refuses a step the workflow, the actor's role or a missing note do not allow. */
    static String check(ProgramDescriptor program, CaseRecord c, String transitionId, String note, Actor actor) {
        Workflow workflow = program.service(c.service()).flatMap(s -> program.workflow(s.workflow()))
                .orElseThrow(() -> ProgramException.of("no-workflow", "Kasus ini tidak punya alur kerja.",
                        "This case has no workflow."));
        Transition step = workflow.transition(c.state(), transitionId).orElseThrow(() -> ProgramException.of(
                "transition-not-allowed", "Langkah ini tidak dapat dilakukan pada status sekarang.",
                "This step is not possible in the current state."));
        if (!actor.hasAnyOf(step.roles())) {
            // the kiosk answers 403 with a problem of its own; a module sees a refusal either way
            throw new SecurityException("role " + actor.role() + " may not take step " + transitionId);
        }
        if (step.noteRequired() && (note == null || note.isBlank())) {
            throw ProgramException.of("note-required", "Tuliskan alasan atau catatan untuk langkah ini.",
                    "Write a reason or note for this step.");
        }
        return step.to();
    }
}
