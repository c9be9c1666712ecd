package id.anjungan.host.cases.control;

import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.spi.Actor;
import id.anjungan.spi.EarlyRefusal;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.Submission;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal the answers given so far already decide, asked by the kiosk after each answer so that a resident learns
 * it at the question that decides it: the platform's checks that need only the person (double aid, still entitled,
 * domicile once every question it reads is answered), then the program's {@code refuseEarly}. Nothing is stored; the
 * submission is checked again in full.
 */
@ApplicationScoped
public class EarlyCheck {

    @Inject
    Programs programs;
    @Inject
    KioskClock clock;
    @Inject
    Attachments attachments;
    @Inject
    PlatformChecks checks;

    /** The refusal decided by {@code answers} (the answers so far), or empty while the application stays open. */
    public Optional<EarlyRefusal> refusal(String code, String serviceId, Map<String, String> answers, Actor actor) {
        ProgramDescriptor program = programs.descriptor(code);
        ServiceDefinition service = programs.service(program, serviceId);
        if (!service.opensCase() || !service.isPublic() && !actor.hasAnyOf(service.startedBy())) {
            return Optional.empty();
        }
        Map<String, String> data = answered(service.form(), answers, actor);
        String subject = subject(service.form(), data, actor);
        List<Reason> platform = checks.checkSoFar(program, service, data, subject);
        if (!platform.isEmpty()) {
            return Optional.of(EarlyRefusal.of(platform));
        }
        Submission soFar = new Submission(code, serviceId, data, actor, subject);
        return programs.call(code, p -> p.refuseEarly(soFar));
    }

    /** The answers that pass the form's rules; one that does not is left out (the kiosk shows its error itself). */
    Map<String, String> answered(FormDefinition form, Map<String, String> answers, Actor actor) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        List<FormField> reached = form.fields().stream().filter(f -> given.containsKey(f.name()))
                .map(FormField::optional).toList();
        return FormValidator.validate(new FormDefinition(reached), given, clock.today(), attachments::exists,
                true, actor.role()).data();
    }

    /** As at submission: the first NIK answer, else the resident of an assisted session. */
    private static String subject(FormDefinition form, Map<String, String> data, Actor actor) {
        return form.fields().stream().filter(f -> f.type() == FieldType.NIK).map(f -> data.get(f.name()))
                .filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse(actor.onBehalfOfNik());
    }
}
