package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ScreeningAnswers;
import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.Kelurahan;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Santunan Kematian: the city's death benefit for poor residents registered in DTSEN, applied for by the heir,
 * verified by the kelurahan and decided by the city's Dinas Sosial (Perwal Semarang 16/2019 and 31/2023).
 */
// the PID follows the program code like every module's (id.anjungan.<code>); the earlier PID is still read, so a
// kiosk's id.anjungan.santunankematian.cfg keeps working, and id.anjungan.sankem.cfg wins where both set a value.
// Two PIDs leave no single one for a metatype @Designate; no kiosk reads metatype, SantunanConfig keeps the defaults
@Component(property = Program.CODE + "=SANKEM",
        configurationPid = {"id.anjungan.santunankematian", "id.anjungan.sankem"})
public final class SantunanKematianProgram implements Program {

    private final ProgramDescriptor descriptor;
    private final SantunanConfig config;
    private final KioskClock clock;
    private final ResidentRegistry residents;
    private final AuditLog audit;
    private final ApplicationRules rules;
    private final EarlierClaims earlier;
    private final CaseView view;
    private final Payments payments;
    private final BenefitStatus status;
    private final DtsenRegistration dtsen;
    private final GrantedBenefits granted;
    private final String decider;
    private final Optional<Text> problem;

    @Activate
    public SantunanKematianProgram(@Reference ResidentRegistry residents, @Reference CaseStore cases,
                                   @Reference Counters counters, @Reference RecipientLists lists,
                                   @Reference KioskClock clock, @Reference Kelurahan kelurahan,
                                   @Reference AuditLog audit, SantunanConfig config) {
        this.config = config;
        this.clock = clock;
        this.residents = residents;
        this.audit = audit;
        List<Document> documents;
        Optional<Text> trouble = Optional.empty();
        try {
            documents = DocumentList.parse(config.documents());
        } catch (IllegalArgumentException e) {
            documents = List.of();
            trouble = Optional.of(Text.of("Daftar dokumen Santunan Kematian salah: " + e.getMessage(),
                    "The Santunan Kematian document list is wrong: " + e.getMessage()));
        }
        this.problem = trouble;
        this.decider = "Dinas Sosial " + kelurahan.city();
        this.descriptor = SantunanDescriptor.build(config, documents, decider);
        var workflow = descriptor.workflow(SantunanWorkflow.ID).orElseThrow();
        List<String> regions = config.regions().length == 0 ? List.of(kelurahan.cityCode())
                : Arrays.stream(config.regions()).map(String::strip).filter(r -> !r.isEmpty()).toList();
        this.earlier = new EarlierClaims(counters, cases, workflow, clock.zone());
        this.dtsen = new DtsenRegistration(lists, Arrays.stream(config.dtsenLists()).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        this.granted = new GrantedBenefits(lists, residents);
        this.rules = new ApplicationRules(residents, earlier, granted, dtsen, regions, config);
        this.view = new CaseView(cases, residents, workflow);
        this.payments = new Payments(cases, residents, clock, audit, config.amount());
        this.status = new BenefitStatus(residents, decider);
    }

    @Override
    public ProgramDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Assessment assess(Submission submission) {
        if (!SantunanDescriptor.APPLY.equals(submission.service())) {
            return Program.super.assess(submission);
        }
        List<Reason> refusals = rules.refusals(submission, clock.today());
        if (!refusals.isEmpty()) {
            return Assessment.refuse(refusals);
        }
        var apply = descriptor.service(SantunanDescriptor.APPLY).orElseThrow();
        Optional<RecipientRecord> evidence = config.dtsenRequired()
                ? dtsen.evidence(submission.get(Fields.DECEASED_NIK), submission.get(Fields.DECEASED_KK),
                        submission.get(Fields.HEIR_NIK))
                : Optional.empty();
        Assessment accepted = Assessment.accept(apply.checklist(), NextSteps.of(config, decider, evidence))
                .claimOnce(earlier.keyFor(submission.get(Fields.DECEASED_NIK)));
        if (!config.dtsenRequired()) {
            return accepted;
        }
        return accepted.inCategory(evidence.map(r -> "DTSEN: daftar " + r.program() + " " + r.period())
                .orElse("DTSEN: perlu dicek di SIKS-NG"));
    }

    @Override
    public Eligibility screen(ScreeningAnswers answers) {
        return Screening.of(answers, config, decider);
    }

    @Override
    public StatusReport status(Optional<RecipientRecord> record) {
        return status.of(record);
    }

    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        return switch (operation) {
            case SantunanDescriptor.OP_TRACK -> view.track(input.get("tracking"));
            case SantunanDescriptor.OP_CLAIM_CHECK -> claimCheck(input.get("deceasedNik"), actor);
            case SantunanDescriptor.OP_PAYMENTS -> payments.paid();
            default -> Program.super.operate(operation, input, actor);
        };
    }

    private Map<String, Object> claimCheck(Object nikInput, Actor actor) {
        String nik = nikInput instanceof String s ? s.strip() : "";
        if (!residents.checkNik(nik).valid()) {
            throw ProgramException.of("invalid-nik", "NIK almarhum/almarhumah harus 16 angka yang sah.",
                    "The deceased's NIK must be a valid 16-digit number.");
        }
        audit.record(actor, "sankem-claim-check", residents.mask(nik), "");
        Optional<Reason> earlierClaim = granted.refusal(nik).or(() -> earlier.refusal(nik));
        return earlierClaim.<Map<String, Object>>map(r -> Map.of("claimed", true,
                        "message", CaseView.text(r.message())))
                .orElseGet(() -> Map.of("claimed", false));
    }

    @Override
    public void transitioned(CaseRecord record, Transition step, Actor actor) {
        try {
            if (SantunanWorkflow.PAY.equals(step.id())) {
                payments.recordPaid(record, actor);
            } else if (SantunanWorkflow.VERIFY.equals(step.id())) {
                // the kelurahan has now seen the death certificate: the deceased's aid ends in every program (retur)
                residents.changeStanding(record.data().get(Fields.DECEASED_NIK), Resident.Standing.DECEASED);
            }
        } catch (RuntimeException e) {
            try {
                audit.record(actor, "sankem-transition-failed", record.tracking(), String.valueOf(e.getMessage()));
            } catch (RuntimeException ignored) {
                // the platform must never see this callback throw
            }
        }
    }

    @Override
    public Optional<Text> problem() {
        return problem;
    }
}
