package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ScreeningAnswers;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.ProgramStore;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Jum'at Koin: the kecamatan's Friday coin fund for the houses of poor PPKS families (disaster damage or RTLH). */
@Component(property = Program.CODE + "=" + JumatKoinCatalog.CODE, configurationPid = "id.anjungan.jumatkoin")
@Designate(ocd = JumatKoinConfig.class)
public final class JumatKoinProgram implements Program {

    private final ProgramDescriptor descriptor;
    private final HousingRequestRules rules;
    private final PublicLedger publicLedger;
    private final CollectionDesk collections;
    private final PriorityList priorities;
    private final SurveyDesk surveys;
    private final DisbursementDesk disbursements;
    private final AuditLog audit;

    @Activate
    public JumatKoinProgram(@Reference Ledger ledger, @Reference CaseStore cases, @Reference Counters counters,
                            @Reference KioskClock clock, @Reference AuditLog audit, @Reference ProgramStore store,
                            JumatKoinConfig config) {
        EntryDetails details = new EntryDetails(store, config.ledger());
        this.descriptor = JumatKoinCatalog.describe(config);
        this.rules = new HousingRequestRules(config, clock);
        this.publicLedger = new PublicLedger(config, ledger, clock, details);
        this.collections = new CollectionDesk(config, ledger, counters, clock, details);
        this.priorities = new PriorityList(cases, new PriorityScoring(config), clock);
        this.surveys = new SurveyDesk(cases, clock, config.maxPerFamily());
        this.disbursements = new DisbursementDesk(config, ledger, cases, counters, priorities, clock, details);
        this.audit = audit;
    }

    @Override
    public ProgramDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Assessment assess(Submission submission) {
        if (JumatKoinCatalog.REQUEST.equals(submission.service())) {
            return rules.assess(submission);
        }
        return Program.super.assess(submission);
    }

    @Override
    public Eligibility screen(ScreeningAnswers answers) {
        if (!answers.houseDamagedByDisaster()) {
            return Eligibility.notRelevant();
        }
        return Eligibility.of(answers.poorHousehold() ? Eligibility.Verdict.LIKELY : Eligibility.Verdict.POSSIBLE,
                JumatKoinCatalog.REQUEST, Reason.of("house-damaged",
                        "Rumah Anda rusak karena bencana: kas Jum'at Koin kecamatan dapat membantu perbaikan, "
                                + "diurutkan menurut tingkat kebutuhan.",
                        "Your house was damaged by a disaster: the kecamatan's Jum'at Koin fund can help repair "
                                + "it, ranked by need."));
    }

    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        return switch (operation) {
            case "kas" -> publicLedger.view();
            case "daftar-setoran" -> collections.list();
            case "catat-setoran" -> collections.record(input, actor);
            case "koreksi-setoran" -> collections.correct(input, actor);
            case "prioritas" -> Map.of("requests", priorities.view(JumatKoinCatalog.SUBMITTED,
                    JumatKoinCatalog.VERIFIED));
            case "catat-survei" -> surveys.record(input, actor);
            case "setujui-pencairan" -> disbursements.approve(input, actor);
            default -> throw ProgramException.of("unknown-operation", "Operasi tidak dikenal.", "Unknown operation.");
        };
    }

    @Override
    public void transitioned(CaseRecord record, Transition step, Actor actor) {
        // the SPI cannot reserve a step for an operation: flag a payout taken with the generic button
        if (JumatKoinCatalog.DISBURSE.equals(step.id())
                && record.data().getOrDefault("disbursedSequence", "").isBlank()) {
            audit.record(actor, "jumatkoin-paid-without-ledger", record.tracking(),
                    "case marked paid without a ledger withdrawal; use Setujui pencairan");
        }
    }
}
