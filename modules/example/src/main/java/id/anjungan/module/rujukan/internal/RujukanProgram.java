package id.anjungan.module.rujukan.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Operation;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.State;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** Referrals to programs the kiosk does not run itself (PKH, KIS, KIP, KUBE, disability aids). */
@Component(property = Program.CODE + "=RUJUKAN", configurationPid = "id.anjungan.rujukan")
@Designate(ocd = RujukanConfig.class)
public final class RujukanProgram implements Program {

    static final List<Choice> TARGETS = List.of(
            Choice.of("PKH", "PKH (Program Keluarga Harapan)", "PKH (family hope programme)"),
            Choice.of("KIS", "KIS/PBI-JKN tidak aktif", "Inactive KIS/PBI-JKN health card"),
            Choice.of("KIP", "KIP (bantuan sekolah)", "KIP (school aid)"),
            Choice.of("KUBE", "KUBE (kelompok usaha bersama)", "KUBE (joint business group)"),
            Choice.of("ALAT_BANTU", "Alat bantu disabilitas", "Disability aids"));

    /** The one operation: where a resident can be referred. */
    static final String TARGETS_OPERATION = "targets";

    private final ProgramDescriptor descriptor;
    private final RujukanConfig config;

    @Activate
    public RujukanProgram(RujukanConfig config) {
        this.config = config;
        this.descriptor = describe(config);
    }

    @Override
    public ProgramDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Assessment assess(Submission submission) {
        List<Document> checklist = new ArrayList<>(List.of(
                Document.of("ktp", "KTP asli", "Original identity card (KTP)"),
                Document.of("kk", "Kartu Keluarga", "Family card (KK)")));
        switch (submission.get("target")) {
            case "KIS" -> checklist.add(Document.of("kis", "Kartu KIS lama", "Your old KIS card"));
            case "KIP" -> checklist.add(Document.of("rapor", "Surat keterangan sekolah", "Letter from the school"));
            case "ALAT_BANTU" -> checklist.add(Document.of("dokter", "Surat keterangan dokter", "Doctor's letter"));
            default -> { }
        }
        return Assessment.accept(checklist, Text.of(
                "Bawa dokumen ke " + config.office() + ". TKSK menghubungi Anda dalam " + config.slaDays() + " hari.",
                "Bring the documents to the " + config.office() + ". The TKSK contacts you within "
                        + config.slaDays() + " days."));
    }

    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        if (!TARGETS_OPERATION.equals(operation)) {
            return Program.super.operate(operation, input, actor);
        }
        return TARGETS.stream().map(c -> Map.of("value", c.value(), "id", c.label().id(), "en", c.label().en()))
                .toList();
    }

    private static ProgramDescriptor describe(RujukanConfig config) {
        Workflow workflow = Workflow.of("rujukan", "diajukan", List.of(
                State.open("diajukan", "Diajukan", "Submitted", config.slaDays()),
                State.closed("dirujuk", "Sudah dirujuk", "Referred"),
                State.closed("ditolak", "Tidak dapat dirujuk", "Cannot be referred")), List.of(
                Transition.of("rujuk", "diajukan", "dirujuk", Text.of("Rujuk", "Refer"), Role.TKSK),
                Transition.of("tolak", "diajukan", "ditolak", Text.of("Tolak", "Decline"), Role.TKSK)
                        .withNoteRequired()));
        FormDefinition form = FormDefinition.of(
                FormField.choice("target", Text.of("Program yang Anda perlukan", "Programme you need"),
                        TARGETS.toArray(Choice[]::new)),
                FormField.of("nik", FieldType.NIK, Text.of("NIK Anda", "Your NIK")),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP", "Phone number")).optional(),
                FormField.of("needs", FieldType.TEXT, Text.of("Ceritakan kebutuhan Anda", "Describe your need"))
                        .optional().withRange(null, 500L));
        ServiceDefinition ask = ServiceDefinition.builder("minta-rujukan", ServiceKind.APPLICATION,
                Text.of("Minta rujukan program lain", "Ask for a referral"))
                .summary(Text.of("PKH, KIS, KIP, KUBE, alat bantu", "PKH, KIS, KIP, KUBE, disability aids"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                .form(form)
                .workflow("rujukan")
                .build();
        return ProgramDescriptor.builder("RUJUKAN", Text.of("Rujukan Program Lain", "Referrals to other programmes"))
                .description(Text.of("Informasi dan rujukan untuk program yang tidak dilayani di anjungan ini.",
                        "Information and referrals for programmes this kiosk does not run."))
                .icon("icon.svg")
                .services(List.of(ask))
                .workflows(List.of(workflow))
                .operations(List.of(Operation.reading(TARGETS_OPERATION, Set.of(Role.RESIDENT))))
                .screens(List.of(Screen.of(TARGETS_OPERATION, "rujukan-targets", "rujukan-targets.js",
                        Set.of(Role.RESIDENT))))
                .build();
    }
}
