package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.EarlyRefusal;
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
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** KJS, Kartu Jawa Tengah Sejahtera: provincial cash aid; the TKSK is the appointed pendamping. */
@Component(property = Program.CODE + "=KJS", configurationPid = "id.anjungan.kjs")
@Designate(ocd = KjsConfig.class)
public final class KjsProgram implements Program {

    private final KjsConfig config;
    private final ResidentRegistry residents;
    private final AuditLog audit;
    private final KjsStatus status;
    private final KjsEligibility eligibility;
    private final DisbursementDesk desk;
    private final HomeVisits visits;
    private final ReplacementPriority priority;
    private final Mandates mandates;
    private final Map<String, Function<Submission, Assessment>> assessors;
    private final ProposalFlow proposal;
    private final ReturFlow retur;
    private final CardFlow card;
    private final ProgramDescriptor descriptor;

    @Activate
    public KjsProgram(@Reference RecipientLists lists, @Reference ResidentRegistry residents,
                      @Reference CaseStore cases, @Reference Ledger ledger, @Reference Counters counters,
                      @Reference AuditLog audit, @Reference KioskClock clock, KjsConfig config) {
        this.config = config;
        this.residents = residents;
        this.audit = audit;
        Recipients recipients = new Recipients(lists);
        Criteria criteria = new Criteria(config.elderlyAge());
        Entitlement entitlement = new Entitlement(residents, cases, lists, config);
        this.mandates = new Mandates(counters, audit, clock, config);
        this.status = new KjsStatus(config, clock, counters, entitlement);
        this.eligibility = new KjsEligibility(criteria);
        this.desk = new DisbursementDesk(lists, cases, ledger, clock, config, new PackStore(counters),
                new PackSheet(config, residents),
                new Disbursements(counters, ledger, cases, audit, residents, clock, config), entitlement,
                mandates, new HandOvers(counters, audit, residents, clock));
        this.visits = new HomeVisits(cases, clock);
        this.priority = new ReplacementPriority(cases, residents);
        this.proposal = new ProposalFlow(recipients, criteria, clock, residents);
        this.retur = new ReturFlow(recipients, criteria, clock, residents);
        this.card = new CardFlow(recipients, config);
        this.assessors = Map.of(ProposalFlow.SERVICE, proposal::assess, ReturFlow.SERVICE, retur::assess,
                CardFlow.SERVICE, card::assess);
        this.descriptor = KjsCatalog.describe(config, proposal.service(), retur.service(), card.service());
    }

    @Override
    public ProgramDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Assessment assess(Submission submission) {
        Function<Submission, Assessment> assessor = assessors.get(submission.service());
        return assessor == null
                ? Assessment.refuse(Reason.of("unknown-service", "Layanan tidak dikenal.", "Unknown service."))
                : assessor.apply(submission);
    }

    @Override
    public Optional<EarlyRefusal> refuseEarly(Submission answersSoFar) {
        return switch (answersSoFar.service()) {
            case ProposalFlow.SERVICE -> proposal.refuseEarly(answersSoFar);
            case ReturFlow.SERVICE -> retur.refuseEarly(answersSoFar);
            case CardFlow.SERVICE -> card.refuseEarly(answersSoFar);
            default -> Optional.empty();
        };
    }

    @Override
    public Eligibility screen(ScreeningAnswers answers) {
        return eligibility.screen(answers);
    }

    @Override
    public StatusReport status(Optional<RecipientRecord> record) {
        return status.of(record);
    }

    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        Map<String, Object> in = input == null ? Map.of() : input;
        return switch (operation) {
            case "recipients" -> desk.recipients(in, actor);
            case "sk-pendamping" -> mandates.recordSk(in, actor);
            case "pack" -> desk.pack(in, actor);
            case "pack-detail" -> desk.detail(in);
            case "record" -> desk.record(in, actor);
            case "hand-over" -> desk.handOver(in, actor);
            case "home-visit" -> visits.record(in, actor);
            case "replacement-priority" -> priority.list();
            case "round-summary" -> desk.summary(in);
            default -> throw ProgramException.of("unknown-operation", "Operasi tidak dikenal.", "Unknown operation.");
        };
    }

    @Override
    public void transitioned(CaseRecord record, Transition step, Actor actor) {
        // the standing changes when the retur is decided, not when it is reported or proposed
        if (!ReturFlow.SERVICE.equals(record.service()) || !Workflows.RETUR_DECIDED.equals(step.to())) {
            return;
        }
        try {
            var standing = ReturReason.valueOf(record.data().get("reason")).standing();
            String nik = record.subjectNik() != null ? record.subjectNik() : record.data().get("nik");
            if (standing != null && nik != null) {
                residents.changeStanding(nik, standing);
                audit.record(actor, "kjs-retur-standing", residents.mask(nik), standing + " " + record.tracking());
            }
        } catch (RuntimeException e) {
            audit.record(actor, "kjs-retur-standing-failed", record.tracking(), e.getClass().getSimpleName());
        }
    }

    @Override
    public Optional<Text> problem() {
        if (config.amountPerPayment() <= 0) {
            return Optional.of(Text.of("Nominal KJS belum diatur.", "The KJS amount is not set."));
        }
        if (!new Rounds(config).configured()) {
            return Optional.of(Text.of("Bulan pencairan KJS belum diatur.", "KJS disbursement months are not set."));
        }
        return Optional.empty();
    }
}
