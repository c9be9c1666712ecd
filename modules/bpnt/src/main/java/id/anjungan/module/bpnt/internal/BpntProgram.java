package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.EarlyRefusal;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ScreeningAnswers;
import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** BPNT, Bantuan Pangan Non Tunai: food assistance of the Ministry of Social Affairs. */
@Component(property = Program.CODE + "=BPNT", configurationPid = "id.anjungan.bpnt")
@Designate(ocd = BpntConfig.class)
public final class BpntProgram implements Program {

    private final BpntConfig config;
    private final ResidentRegistry residents;
    private final AuditLog audit;
    private final TahapCalendar calendar;
    private final PostOfficePayouts payouts;
    private final BpntStatus status;
    private final ComplaintFlow complaints;
    private final HomeVisits visits;
    private final ReplacementPriority priority;
    private final Map<String, Function<Submission, Assessment>> assessors;
    private final EarlyRefusals early;
    private final ProgramDescriptor descriptor;

    @Activate
    public BpntProgram(@Reference RecipientLists lists, @Reference ResidentRegistry residents,
                       @Reference CaseStore cases, @Reference AuditLog audit, @Reference KioskClock clock,
                       BpntConfig config) {
        this.config = config;
        this.residents = residents;
        this.audit = audit;
        this.calendar = TahapCalendar.parse(config.tahaps());
        this.payouts = PostOfficePayouts.parse(config.postOfficePayouts());
        this.status = new BpntStatus(config, calendar, payouts, clock);
        KpmLookup kpm = new KpmLookup(lists);
        this.early = new EarlyRefusals(kpm);
        CardProblemFlow card = new CardProblemFlow(kpm, config, calendar, clock);
        ConditionChangeFlow change = new ConditionChangeFlow(kpm, config);
        ProposalFlow proposal = new ProposalFlow(kpm);
        ObjectionFlow objection = new ObjectionFlow(kpm);
        DeliveryFlow delivery = new DeliveryFlow(kpm, clock, residents, config);
        this.complaints = new ComplaintFlow(kpm, config);
        this.visits = new HomeVisits(cases, clock);
        this.priority = new ReplacementPriority(cases, residents);
        this.assessors = Map.of(CardProblemFlow.SERVICE, card::assess, ConditionChangeFlow.SERVICE, change::assess,
                ProposalFlow.SERVICE, proposal::assess, ObjectionFlow.SERVICE, objection::assess,
                ComplaintFlow.SERVICE, complaints::assess, DeliveryFlow.SERVICE, delivery::assess);
        this.descriptor = BpntCatalog.describe(config, complaints.shortestSlaDays(), card.service(),
                change.service(), proposal.service(), objection.service(), complaints.service(), delivery.service());
    }

    @Override
    public ProgramDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Assessment assess(Submission submission) {
        Function<Submission, Assessment> assessor = assessors.get(submission.service());
        if (assessor == null) {
            return Assessment.refuse(Reason.of("unknown-service", "Layanan tidak dikenal.", "Unknown service."));
        }
        return assessor.apply(submission);
    }

    @Override
    public Optional<EarlyRefusal> refuseEarly(Submission answersSoFar) {
        return early.of(answersSoFar);
    }

    @Override
    public Eligibility screen(ScreeningAnswers answers) {
        return BpntEligibility.screen(answers);
    }

    @Override
    public StatusReport status(Optional<RecipientRecord> record) {
        return status.of(record);
    }

    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        return switch (operation) {
            case "home-visit" -> visits.record(input == null ? Map.of() : input, actor);
            case "replacement-priority" -> priority.list();
            default -> throw ProgramException.of("unknown-operation", "Operasi tidak dikenal.", "Unknown operation.");
        };
    }

    @Override
    public void transitioned(CaseRecord record, Transition step, Actor actor) {
        try {
            HolderStanding.apply(record, step, actor, residents, audit);
        } catch (RuntimeException e) {
            audit.record(actor, "bpnt-standing-failed", record.tracking(), e.getClass().getSimpleName());
        }
    }

    @Override
    public Optional<Text> problem() {
        if (!calendar.problems().isEmpty()) {
            return Optional.of(Text.of("Baris tahap tidak terbaca atau bukan 2–3 bulan: " + calendar.problems(),
                    "Tahap lines unreadable or not 2-3 months long: " + calendar.problems()));
        }
        if (calendar.choices().isEmpty()) {
            return Optional.of(Text.of("Belum ada tahap BPNT yang diatur.", "No BPNT tahap is configured."));
        }
        if (config.amountPerMonth() <= 0) {
            return Optional.of(Text.of("Nominal BPNT per bulan belum diatur.", "The monthly BPNT amount is not set."));
        }
        if (!payouts.problems().isEmpty()) {
            return Optional.of(Text.of("Baris jadwal Kantor Pos tidak terbaca: " + payouts.problems(),
                    "Unreadable post office pay-out lines: " + payouts.problems()));
        }
        if (!complaints.unconfigured().isEmpty()) {
            return Optional.of(Text.of("SLA pengaduan belum diatur untuk " + complaints.unconfigured(),
                    "Complaint SLA missing for " + complaints.unconfigured()));
        }
        return Optional.empty();
    }

    static Set<PlatformCheck> checks() {
        return Set.of(PlatformCheck.NO_DOUBLE_AID, PlatformCheck.DOMICILE_KECAMATAN);
    }
}
