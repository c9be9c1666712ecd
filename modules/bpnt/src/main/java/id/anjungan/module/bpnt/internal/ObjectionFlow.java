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

/** "Sanggah": objects that a listed KPM is not eligible. */
final class ObjectionFlow {

    static final String SERVICE = "sanggah";

    private final KpmLookup kpm;
    private final ServiceDefinition service;

    ObjectionFlow(KpmLookup kpm) {
        this.kpm = kpm;
        this.service = ServiceDefinition.builder(SERVICE, ServiceKind.OBJECTION,
                Text.of("Sanggah (keberatan atas) penerima BPNT", "Object to a BPNT recipient"))
                .summary(Text.of("Laporkan penerima yang tidak layak: mampu, meninggal, pindah, atau menerima "
                        + "bantuan ganda",
                        "Report a recipient who is not eligible: able, deceased, moved, or double aid"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK, Role.KASI_KESOS)
                .form(form())
                .workflow(Workflows.PROPOSAL)
                .build();
    }

    ServiceDefinition service() {
        return service;
    }

    static final Reason NOT_LISTED = Reason.of("not-listed", "NIK yang disanggah tidak ada di daftar penerima BPNT "
            + "terbaru.", "The NIK you object to is not on the newest BPNT recipient list.");

    Assessment assess(Submission s) {
        String nik = KpmLookup.subject(s);
        if (kpm.current(nik).isEmpty()) {
            return Assessment.refuse(NOT_LISTED);
        }
        String ground = s.get("ground");
        if ("GANDA".equals(ground) && kpm.receivesKjs(nik)) {
            ground = "GANDA_KJS";
        }
        List<Document> checklist = s.get("evidence") == null ? List.of() : List.of(Document.of("bukti",
                "Bukti yang sudah diunggah", "The evidence you uploaded"));
        return Assessment.accept(checklist, Text.of(
                "Sanggahan dicek oleh PSM/Kasi Kesos dan divalidasi TKSK, lalu diteruskan ke Dinas "
                        + "Sosial; Kementerian Sosial yang memutuskan. Nama Anda sebagai pelapor tidak diberitahukan "
                        + "kepada penerima.", "The objection is checked by the PSM/Kasi Kesos, "
                        + "validated by the TKSK and forwarded to the social office; the Ministry of Social Affairs "
                        + "decides. Your name as reporter is not told to the recipient."))
                .inCategory(ground);
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK penerima yang disanggah",
                        "NIK of the recipient you object to")),
                FormField.choice("ground", Text.of("Alasan sanggah", "Ground for the objection"),
                        Choice.of("MAMPU", "Sudah mampu", "Is able to support themselves"),
                        Choice.of("MENINGGAL", "Sudah meninggal", "Has died"),
                        Choice.of("PINDAH", "Sudah pindah", "Has moved away"),
                        Choice.of("GANDA", "Menerima bantuan ganda (mis. juga "
                                + "KJS)", "Receives double aid (e.g. KJS too)"),
                        Choice.of("LAINNYA", "Lainnya", "Other")),
                FormField.of("explanation", FieldType.TEXT, Text.of("Jelaskan", "Explain")).withRange(20L, 500L),
                FormField.of("evidence", FieldType.ATTACHMENT, Text.of("Bukti (foto/dokumen), bila ada",
                        "Evidence (photo/document), if any")).optional());
    }
}
