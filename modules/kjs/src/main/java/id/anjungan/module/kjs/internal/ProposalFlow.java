package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
import id.anjungan.spi.EarlyRefusal;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Referral;
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

/** "Cek kelayakan dan usul KJS": checks the criteria, then opens a proposal case for the pendamping. */
final class ProposalFlow {

    static final String SERVICE = "skrining-usul";
    static final List<Choice> CENTRAL_AID = List.of(Choice.of("TIDAK", "Tidak menerima", "None"),
            Choice.of("BPNT", "BPNT (bantuan pangan)", "BPNT (food assistance)"),
            Choice.of("PKH", "PKH (Program Keluarga Harapan)", "PKH (family hope programme)"));

    private final Recipients recipients;
    private final Criteria criteria;
    private final KioskClock clock;
    private final ResidentRegistry residents;
    private final ServiceDefinition service;

    ProposalFlow(Recipients recipients, Criteria criteria, KioskClock clock, ResidentRegistry residents) {
        this.recipients = recipients;
        this.criteria = criteria;
        this.clock = clock;
        this.residents = residents;
        this.service = ServiceDefinition.builder(SERVICE, ServiceKind.PROPOSAL,
                Text.of("Cek kelayakan dan usul KJS", "Check eligibility and propose for KJS"))
                .summary(Text.of("Untuk penyandang disabilitas mental, intelektual, atau fisik berat, orang yang sakit "
                        + "menahun, dan lansia terlantar yang belum menerima bantuan pusat", "For people with a "
                        + "mental, intellectual or severe physical disability, a chronic illness, or neglected old "
                        + "age, without central aid"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK, Role.KASI_KESOS)
                .form(form())
                .checklist(checklist(false, false))
                .workflow(Workflows.PROPOSAL)
                .withoutIdentity(true)
                .build();
    }

    ServiceDefinition service() {
        return service;
    }

    Assessment assess(Submission s) {
        String nik = s.subjectNik() != null ? s.subjectNik() : s.get("nik");
        if (nik == null && s.actor().role() == Role.RESIDENT) {
            return Assessment.refuse(NEEDS_OFFICER);
        }
        boolean replacement = s.yes("replacement");
        List<Reason> refusals = new ArrayList<>(criteria.refusals(new Criteria.Candidate(
                PpksCategory.valueOf(s.get("category")), s.yes("neglected"), Ages.of(residents, nik, clock.today()),
                recipients.aidOf(nik, s.get("centralAid")))));
        if (replacement && recipients.current(s.get("replacesNik")).isEmpty()) {
            refusals.add(REPLACED_NOT_LISTED);
        }
        if (!refusals.isEmpty()) {
            return Assessment.refuse(refusals);
        }
        return Assessment.accept(checklist(nik == null, s.yes("neglected")), Text.of(
                "PSM atau Kasi Kesos mengunjungi rumah, lalu pendamping KJS (TKSK) memvalidasi dan meneruskan "
                        + "usulan ke Dinas Sosial. Kuota KJS tetap: usulan masuk daftar prioritas sampai ada penerima "
                        + "yang keluar dari daftar. Keputusan ada di Pemerintah Provinsi Jawa Tengah.",
                "The PSM or Kasi Kesos visits the home, then the KJS pendamping (TKSK) validates and forwards the "
                        + "proposal to the social office. The KJS quota is fixed: the proposal waits on the priority "
                        + "list until a recipient leaves the list. The Central Java provincial government decides."))
                .inCategory(replacement ? "PENGGANTI" : "BARU");
    }

    /**
     * What the answers so far already decide, at the question that decides it: already a KJS or central-aid
     * recipient (from the NIK), a category KJS does not cover, an elderly person who is cared for or (by the NIK)
     * not yet old, a replaced recipient who is not on the list.
     */
    Optional<EarlyRefusal> refuseEarly(Submission s) {
        String nik = s.subjectNik() != null ? s.subjectNik() : s.get("nik");
        // the NIK is the first question: any later answer without it means a resident skipped it
        if (nik == null && s.actor().role() == Role.RESIDENT
                && s.data().keySet().stream().anyMatch(k -> !k.equals("nik"))) {
            return Optional.of(EarlyRefusal.of(List.of(NEEDS_OFFICER)).orTry(STREET_REPORT));
        }
        String category = s.get("category");
        List<Reason> refusals = new ArrayList<>(criteria.refusals(new Criteria.Candidate(
                category == null ? null : PpksCategory.valueOf(category),
                s.get("neglected") == null ? null : s.yes("neglected"), Ages.of(residents, nik, clock.today()),
                recipients.aidOf(nik, s.get("centralAid")))));
        if (s.get("replacesNik") != null && recipients.current(s.get("replacesNik")).isEmpty()) {
            refusals.add(REPLACED_NOT_LISTED);
        }
        if (refusals.isEmpty()) {
            return Optional.empty();
        }
        EarlyRefusal refusal = EarlyRefusal.of(refusals);
        return Optional.of(refusals.stream().anyMatch(r -> r.code().equals("not-elderly"))
                ? refusal.orTry(STREET_REPORT) : refusal);
    }

    private static final Reason NEEDS_OFFICER = Reason.of("identity-needs-officer", "Usulan tanpa NIK diajukan oleh PSM "
            + "atau TKSK. Mintalah bantuan PSM di kelurahan.", "A proposal without a NIK is filed by a PSM or TKSK. Ask "
            + "the PSM at the kelurahan for help.");

    private static final Reason REPLACED_NOT_LISTED = Reason.of("replaced-not-listed",
            "NIK penerima yang digantikan tidak ada di daftar KJS.", "The recipient to be replaced is not on the KJS list.");

    /** A neglected person too young for KJS is still helped: the TKSK takes a report of a neglected person. */
    private static final Referral STREET_REPORT = Referral.of("REHSOS", "laporkan-orang-terlantar",
            "Orang terlantar yang belum lansia dapat dilaporkan ke Rehabilitasi Sosial: petugas sosial (TKSK) datang "
                    + "dan mencarikan bantuan.", "A neglected person who is not yet elderly can be reported to Social "
                    + "Rehabilitation: a social worker (TKSK) comes and finds help.");

    /** Every paper the resident obtains, and where. */
    static List<Document> checklist(boolean withoutIdentity, boolean neglected) {
        List<Document> checklist = new ArrayList<>(List.of(withoutIdentity ? Documents.NO_IDENTITY
                : Documents.IDENTITY, Documents.MEDICAL, Documents.PHOTO, Documents.COVER_LETTER));
        if (neglected) {
            checklist.add(Documents.NEGLECT);
        }
        return checklist;
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK orang yang diusulkan", "NIK of the person proposed"))
                        .optional().withHelp(Text.of("Kosongkan bila tidak memiliki KTP (diisi oleh PSM/TKSK).",
                                "Leave empty when the person has no KTP (filed by a PSM/TKSK).")),
                FormField.of("name", FieldType.TEXT, Text.of("Nama", "Name")).withRange(2L, 100L),
                FormField.of("address", FieldType.TEXT, Text.of("Alamat atau tempat ditemukan",
                        "Address or place found")).withRange(5L, 200L),
                FormField.choice("category", Text.of("Kondisi orang yang diusulkan", "Condition of the person"),
                        PpksCategory.choices().toArray(Choice[]::new)),
                FormField.of("neglected", FieldType.YES_NO, Text.of("Apakah terlantar (tidak ada yang merawat)?",
                        "Is the person neglected (no one cares for them)?")),
                FormField.choice("centralAid", Text.of("Apakah sudah menerima bantuan pusat?",
                        "Does the person already receive central aid?"), CENTRAL_AID.toArray(Choice[]::new)),
                // only the pendamping knows who left the list: a resident alone is not asked
                FormField.of("replacement", FieldType.YES_NO, Text.of("Apakah ini usulan pengganti penerima yang "
                        + "keluar dari daftar KJS?", "Is this a replacement for a recipient who left the KJS list?"))
                        .askedOf(Role.PSM, Role.TKSK, Role.KASI_KESOS),
                FormField.of("replacesNik", FieldType.NIK, Text.of("NIK penerima yang digantikan",
                        "NIK of the recipient being replaced")).when("replacement", "true"),
                FormField.of("photo", FieldType.ATTACHMENT, Text.of("Foto orang dan rumahnya",
                        "Photo of the person and the house")).optional());
    }
}
