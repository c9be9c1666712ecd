package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Disability;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ScreeningAnswers;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.Kelurahan;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientLists;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Rehabilitasi sosial: street reports and RSJ intakes, hospital referrals, panti placement as places are free,
 * monitoring, and Pendataan PPKS with its monthly table.
 */
@Component(property = Program.CODE + "=" + RehabilitasiCatalog.CODE, configurationPid = "id.anjungan.rehsos")
@Designate(ocd = RehabilitasiConfig.class)
public final class RehabilitasiProgram implements Program {

    private final ProgramDescriptor descriptor;
    private final PantiRegistry registry;
    private final StreetReportRules reportRules;
    private final RsjIntakeRules rsjRules;
    private final ReferralDesk referrals;
    private final PlacementDesk placements;
    private final MonitoringDesk monitoring;
    private final OpenReports openReports;
    private final PpksTally ppks;

    @Activate
    public RehabilitasiProgram(@Reference CaseStore cases, @Reference Counters counters, @Reference KioskClock clock,
                               @Reference Kelurahan kelurahan, @Reference RecipientLists lists,
                               RehabilitasiConfig config) {
        this.descriptor = RehabilitasiCatalog.describe(config);
        this.registry = new PantiRegistry(config.panti());
        this.reportRules = new StreetReportRules(config);
        this.rsjRules = new RsjIntakeRules(registry, config);
        this.referrals = new ReferralDesk(config, cases, new CoverLetter(config, kelurahan), clock);
        this.monitoring = new MonitoringDesk(config, cases, clock);
        this.placements = new PlacementDesk(registry, cases, counters, monitoring, clock);
        this.openReports = new OpenReports(cases, referrals, clock);
        this.ppks = new PpksTally(config, cases, lists, clock);
    }

    @Override
    public ProgramDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Assessment assess(Submission submission) {
        if (RehabilitasiCatalog.REPORT.equals(submission.service())) {
            return reportRules.assess(submission);
        }
        if (RehabilitasiCatalog.FROM_RSJ.equals(submission.service())) {
            return rsjRules.assess(submission);
        }
        if (PendataanForm.SERVICE.equals(submission.service())) {
            return PendataanRules.assess(submission);
        }
        return Program.super.assess(submission);
    }

    @Override
    public Eligibility screen(ScreeningAnswers a) {
        boolean mental = a.disability() == Disability.MENTAL || a.disability() == Disability.INTELLECTUAL;
        if (!a.homeless() && !a.neglected()) {
            return Eligibility.notRelevant();
        }
        return Eligibility.of(a.homeless() || mental || a.age() >= 60 || a.age() < 18
                        ? Eligibility.Verdict.LIKELY : Eligibility.Verdict.POSSIBLE, RehabilitasiCatalog.REPORT,
                Reason.of("neglected", "Petugas sosial kecamatan (TKSK) dapat membantu orang yang terlantar atau tidak "
                                + "memiliki tempat tinggal: "
                                + "rujukan, panti rehabilitasi sosial dan pendampingan.",
                        "The kecamatan's social welfare worker (TKSK) helps people who are neglected or homeless: "
                                + "referrals, a social rehabilitation "
                                + "home and accompaniment."));
    }

    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        return switch (operation) {
            case "laporan" -> Map.of("reports", openReports.list());
            case "rujukan" -> referrals.refer(input, actor);
            case "catat-surat" -> referrals.recordLetter(input, actor);
            case "surat-pengantar" -> referrals.coverLetter(input);
            case "panti" -> Map.of("panti", placements.registry(), "categories", Category.choices().stream()
                    .map(c -> Map.of("value", c.value(), "id", c.label().id(), "en", c.label().en())).toList());
            case "tempatkan" -> placements.place(input, actor);
            case "keluar-panti" -> placements.release(input, actor);
            case "batal-antre" -> placements.cancelWaiting(input, actor);
            case "pemantauan" -> Map.of("visits", monitoring.due());
            case "kunjungan" -> monitoring.record(input, actor);
            case "rekap-ppks" -> ppks.of(input);
            default -> throw ProgramException.of("unknown-operation", "Operasi tidak dikenal.", "Unknown operation.");
        };
    }

    @Override
    public void transitioned(CaseRecord record, Transition step, Actor actor) {
        try {
            placements.releaseIfLeft(record, actor);
        } catch (RuntimeException e) {
            // must not throw; the place stays held and shows on the panti desk for the TKSK to release
        }
    }

    @Override
    public Optional<Text> problem() {
        if (registry.unreadable().isEmpty()) {
            return registry.all().isEmpty() ? Optional.of(Text.of("Belum ada panti di konfigurasi.",
                    "No panti configured.")) : Optional.empty();
        }
        return Optional.of(Text.of("Baris panti tidak terbaca: " + String.join(" / ", registry.unreadable()),
                "Unreadable panti lines: " + String.join(" / ", registry.unreadable())));
    }
}
