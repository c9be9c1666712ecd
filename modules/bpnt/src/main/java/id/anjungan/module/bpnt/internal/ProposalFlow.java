package id.anjungan.module.bpnt.internal;

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
import java.util.List;

/** "Usul penerima BPNT": proposes a household (self, family, neighbour) for BPNT. */
final class ProposalFlow {

    static final String SERVICE = "usul";
    static final Document COVER_LETTER = Document.of("pengantar-rt-rw", "Surat pengantar RT/RW",
            "Cover letter from the RT/RW").at("Ketua RT/RW", "Head of RT/RW");

    private final KpmLookup kpm;
    private final ServiceDefinition service;

    ProposalFlow(KpmLookup kpm) {
        this.kpm = kpm;
        this.service = ServiceDefinition.builder(SERVICE, ServiceKind.PROPOSAL,
                Text.of("Usul penerima BPNT", "Propose a BPNT recipient"))
                .summary(Text.of("Usulkan diri sendiri, keluarga, atau tetangga yang membutuhkan",
                        "Propose yourself, family, or a neighbour in need"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK, Role.KASI_KESOS)
                .form(form())
                .checklist(List.of(Documents.KTP, Documents.KK, COVER_LETTER))
                .workflow(Workflows.PROPOSAL)
                .build();
    }

    ServiceDefinition service() {
        return service;
    }

    Assessment assess(Submission s) {
        String nik = KpmLookup.subject(s);
        if (kpm.current(nik).isPresent()) {
            return Assessment.refuse(Reason.of("already-kpm", "NIK ini sudah terdaftar sebagai penerima BPNT. Gunakan "
                    + "Cek status BPNT.", "This NIK is already a BPNT recipient. Use 'Check BPNT status'."));
        }
        if (kpm.receivesKjs(nik)) {
            return Assessment.refuse(KpmLookup.registeredForKjs());
        }
        return Assessment.accept(service.checklist(), Text.of(
                "PSM dan Kasi Kesos mengecek ke rumah, TKSK memvalidasi, lalu usulan diteruskan ke Dinas Sosial "
                        + "untuk DTSEN (Data Tunggal Sosial Ekonomi Nasional). Bila keadaan di rumah sesuai, keluarga "
                        + "ini masuk daftar prioritas kelurahan untuk menggantikan penerima yang keluar. Keputusan "
                        + "ada di Kementerian Sosial.",
                "The PSM and Kasi Kesos check at home, the TKSK validates, then the proposal goes to the social "
                        + "office for DTSEN. If what they find at home matches, the household joins the kelurahan's "
                        + "priority list to replace recipients who leave. The Ministry of Social Affairs "
                                + "decides.")).inCategory(s.get("relation"));
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK orang yang diusulkan", "NIK of the person proposed")),
                FormField.of("kk", FieldType.KK, Text.of("Nomor KK orang yang diusulkan",
                        "Family card number of the person proposed")),
                FormField.choice("relation", Text.of("Siapa yang diusulkan?", "Who is proposed?"),
                        Choice.of("DIRI_SENDIRI", "Diri sendiri", "Myself"),
                        Choice.of("KELUARGA", "Anggota keluarga", "A family member"),
                        Choice.of("TETANGGA", "Tetangga", "A neighbour")),
                FormField.of("reason", FieldType.TEXT, Text.of("Mengapa keluarga ini membutuhkan bantuan pangan?",
                        "Why does this household need food assistance?")).withRange(10L, 500L),
                FormField.of("housePhoto", FieldType.ATTACHMENT, Text.of("Foto rumah (bila ada)",
                        "Photo of the house (if any)")).optional(),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP", "Phone number")).optional());
    }
}
