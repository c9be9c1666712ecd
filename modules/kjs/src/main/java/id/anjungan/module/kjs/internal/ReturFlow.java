package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
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
import java.util.Set;

/** "Lapor retur": a recipient died, moved, was declared able or now receives central aid; maybe a replacement. */
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
        this.service = new ServiceDefinition(SERVICE, ServiceKind.REPORT, Text.of("Lapor retur KJS", "Report a KJS retur"),
                Text.of("Penerima meninggal, pindah, sudah mampu, atau menerima bantuan pusat",
                        "Recipient died, moved, is now able, or receives central aid"),
                null, Set.of(Role.RESIDENT, Role.PSM, Role.TKSK, Role.KASI_KESOS), form(), List.of(),
                Workflows.RETUR, null, false);
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
                refusals.add(Reason.of("same-person", "Pengganti harus orang lain.", "The replacement must be "
                        + "someone else."));
            }
            refusals.addAll(criteria.refusals(new Criteria.Candidate(PpksCategory.valueOf(
                    s.get("replacementCategory")), s.yes("replacementNeglected"), true, Ages.of(residents, candidate, clock.today()), recipients.aidOf(candidate, null))));
            if (!refusals.isEmpty()) {
                return Assessment.refuse(refusals);
            }
            checklist.addAll(List.of(Documents.IDENTITY, Documents.MEDICAL));
        }
        return Assessment.accept(checklist, Text.of(
                "PSM atau Kasi Kesos mengecek, lalu pendamping KJS mengusulkan retur" + (s.yes("proposeReplacement")
                        ? " beserta penggantinya" : "") + " ke Dinas Sosial. Dana tidak dicairkan lagi untuk "
                        + "penerima ini.", "The PSM or Kasi Kesos checks, then the KJS pendamping proposes the retur"
                        + (s.yes("proposeReplacement") ? " with the replacement" : "") + " to the social office. "
                        + "No more funds are disbursed for this recipient.")).inCategory(reason.name());
    }

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
