package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
import id.anjungan.spi.EarlyRefusal;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Retur report: a recipient died, moved, was declared able or now receives central aid (000:L4005-4011); maybe a
 * replacement. Shown to residents without the word "retur".
 */
final class ReturFlow {

    static final String SERVICE = "lapor-retur";

    private final Recipients recipients;
    private final Criteria criteria;
    private final KioskClock clock;
    private final ResidentRegistry residents;
    private final ServiceDefinition service;

    ReturFlow(Recipients recipients, Criteria criteria, KioskClock clock, ResidentRegistry residents) {
        this.recipients = recipients;
        this.criteria = criteria;
        this.clock = clock;
        this.residents = residents;
        this.service = ServiceDefinition.builder(SERVICE, ServiceKind.REPORT,
                Text.of("Laporkan penerima KJS yang meninggal, pindah, atau sudah mampu",
                        "Report a KJS recipient who died, moved or is no longer in need"))
                .summary(Text.of("Juga bila penerima sekarang menerima bantuan pusat (BPNT/PKH); dapat sekaligus "
                        + "mengusulkan "
                        + "pengganti", "Also when the recipient now receives central aid (BPNT/PKH); a replacement "
                        + "can be proposed at the same time"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK, Role.KASI_KESOS)
                .form(form())
                .workflow(Workflows.RETUR)
                .build();
    }

    ServiceDefinition service() {
        return service;
    }

    Assessment assess(Submission s) {
        String nik = s.subjectNik() != null ? s.subjectNik() : s.get("nik");
        if (recipients.current(nik).isEmpty()) {
            return Assessment.refuse(Recipients.notRecipient());
        }
        ReturReason reason = ReturReason.valueOf(s.get("reason"));
        List<Document> checklist = new ArrayList<>(reason.documents());
        if (s.yes("proposeReplacement")) {
            String candidate = s.get("replacementNik");
            List<Reason> refusals = new ArrayList<>();
            if (nik.equals(candidate)) {
                refusals.add(SAME_PERSON);
            }
            refusals.addAll(criteria.refusals(new Criteria.Candidate(PpksCategory.valueOf(
                    s.get("replacementCategory")), s.yes("replacementNeglected"), Ages.of(residents, candidate, clock.today()), recipients.aidOf(candidate, null))));
            if (!refusals.isEmpty()) {
                return Assessment.refuse(refusals);
            }
            ProposalFlow.checklist(false, s.yes("replacementNeglected")).stream()
                    .filter(d -> !checklist.contains(d)).forEach(checklist::add);
        }
        boolean replacement = s.yes("proposeReplacement");
        return Assessment.accept(checklist, Text.of(
                "PSM atau Kasi Kesos mengunjungi rumah, lalu pendamping KJS (TKSK) mengusulkan ke Dinas Sosial agar "
                        + "penerima dikeluarkan dari daftar KJS" + (replacement ? " dan diganti" : "") + ". Selama "
                        + "usulan menunggu keputusan, pencairan ditahan. Dana berhenti dicairkan setelah Dinas Sosial "
                        + "memutuskan, bukan saat laporan ini dibuat.",
                "The PSM or Kasi Kesos visits the home, then the KJS pendamping (TKSK) proposes to the social "
                        + "office that the recipient be removed from the KJS list" + (replacement ? " and replaced"
                        : "") + ". While the proposal awaits a decision, payment is held. Payments stop once the "
                        + "social office decides, not when this report is made.")).inCategory(reason.name());
    }

    /**
     * What the answers so far already decide, at the question that decides it: a NIK not on the KJS list, and a
     * replacement who is the recipient himself or does not qualify (already on the list, central aid, a condition KJS
     * does not cover), as the full assessment would say after the last question.
     */
    Optional<EarlyRefusal> refuseEarly(Submission s) {
        String nik = s.subjectNik() != null ? s.subjectNik() : s.get("nik");
        if (nik != null && recipients.current(nik).isEmpty()) {
            return Optional.of(EarlyRefusal.of(List.of(Recipients.notRecipient())));
        }
        String candidate = s.get("replacementNik");
        if (candidate == null) {
            return Optional.empty();
        }
        List<Reason> refusals = new ArrayList<>();
        if (candidate.equals(nik)) {
            refusals.add(SAME_PERSON);
        }
        String category = s.get("replacementCategory");
        refusals.addAll(criteria.refusals(new Criteria.Candidate(category == null ? null : PpksCategory.valueOf(category),
                s.get("replacementNeglected") == null ? null : s.yes("replacementNeglected"),
                Ages.of(residents, candidate, clock.today()), recipients.aidOf(candidate, null))));
        return refusals.isEmpty() ? Optional.empty() : Optional.of(EarlyRefusal.of(refusals));
    }

    private static final Reason SAME_PERSON = Reason.of("same-person", "Pengganti harus orang lain.",
            "The replacement must be someone else.");

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK penerima KJS", "NIK of the KJS recipient")),
                FormField.choice("reason", Text.of("Apa yang terjadi?", "What happened?"),
                        ReturReason.choices().toArray(Choice[]::new)),
                FormField.of("eventDate", FieldType.DATE, Text.of("Tanggal kejadian", "Date it happened"))
                        .withDates(FormField.DateRule.NOT_IN_FUTURE).optional(),
                FormField.of("proposeReplacement", FieldType.YES_NO, Text.of("Usulkan pengganti?",
                        "Propose a replacement?")),
                FormField.of("replacementNik", FieldType.NIK, Text.of("NIK calon pengganti",
                        "NIK of the replacement")).when("proposeReplacement", "true"),
                FormField.choice("replacementCategory", Text.of("Kondisi calon pengganti",
                        "Condition of the replacement"), PpksCategory.choices().toArray(Choice[]::new))
                        .when("proposeReplacement", "true"),
                FormField.of("replacementNeglected", FieldType.YES_NO, Text.of("Apakah calon pengganti terlantar?",
                        "Is the replacement neglected?")).when("proposeReplacement", "true"));
    }
}
