package ${package}.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Operation;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.State;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.ProgramStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * ${programNameEn}: residents apply at the kiosk, the TKSK decides; the screen shows where and when the office serves
 * them and the notice the office keeps up to date.
 */
@Component(property = Program.CODE + "=" + AidProgram.CODE, configurationPid = "${configurationPid}")
@Designate(ocd = AidConfig.class)
public final class AidProgram implements Program {

    static final String CODE = "${programCode}";
    /** Reading: the office, its hours and the notice, for the screen. */
    static final String OFFICE = "office";
    /** Changing: the TKSK replaces the notice. */
    static final String NOTICE = "notice";
    static final String NOTICE_KEY = "notice";

    private final AidConfig config;
    private final ProgramStore store;
    private final ProgramDescriptor descriptor;

    @Activate
    public AidProgram(AidConfig config, @Reference ProgramStore store) {
        this.config = config;
        this.store = store;
        this.descriptor = describe(config);
    }

    @Override
    public ProgramDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Assessment assess(Submission submission) {
        int household = Integer.parseInt(submission.get("household"));
        if (household > config.maxHousehold()) {
            return Assessment.refuse(Reason.of("household-too-large",
                    "Program ini melayani keluarga sampai " + config.maxHousehold() + " orang.",
                    "This programme serves households of up to " + config.maxHousehold() + " people."));
        }
        return Assessment.accept(List.of(Document.of("ktp", "KTP asli", "Original identity card (KTP)"),
                Document.of("kk", "Kartu Keluarga", "Family card (KK)")), Text.of(
                "Bawa dokumen ke " + config.office() + " (" + config.hours() + "). TKSK memutuskan dalam "
                        + config.slaDays() + " hari.",
                "Bring the documents to the " + config.office() + " (" + config.hours() + "). The TKSK decides within "
                        + config.slaDays() + " days."));
    }

    /** Only the operations the descriptor declares; any other name is refused as the SPI's default refuses it. */
    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        return switch (operation) {
            case OFFICE -> Map.of("office", config.office(), "hours", config.hours(),
                    "notice", store.get(NOTICE_KEY).orElse(""));
            case NOTICE -> {
                String notice = new OperationInput(input).text("text", Text.of("Pengumuman", "Notice"), 1, 300);
                store.put(NOTICE_KEY, notice);
                yield Map.of("notice", notice);
            }
            default -> Program.super.operate(operation, input, actor);
        };
    }

    private static ProgramDescriptor describe(AidConfig config) {
        // state and workflow ids are stored with every case: never rename them once cases are open
        Workflow workflow = Workflow.of("aid", "diajukan", List.of(
                State.open("diajukan", "Diajukan", "Submitted", config.slaDays()),
                State.closed("disetujui", "Disetujui", "Approved"),
                State.closed("ditolak", "Ditolak", "Declined")), List.of(
                Transition.of("setujui", "diajukan", "disetujui", Text.of("Setujui", "Approve"), Role.TKSK),
                Transition.of("tolak", "diajukan", "ditolak", Text.of("Tolak", "Decline"), Role.TKSK)
                        .withNoteRequired()));
        FormDefinition form = FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK Anda", "Your NIK")),
                FormField.of("household", FieldType.NUMBER, Text.of("Jumlah anggota keluarga", "People in your household"))
                        .withRange(1L, 30L),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP", "Phone number")).optional());
        ServiceDefinition apply = ServiceDefinition.builder("ajukan", ServiceKind.APPLICATION,
                Text.of("Ajukan bantuan", "Apply for aid"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                .form(form)
                .workflow("aid")
                .build();
        ServiceDefinition info = ServiceDefinition.builder("info", ServiceKind.DESK,
                Text.of("Kantor dan jam layanan", "Office and opening hours"))
                .startedBy(Role.RESIDENT)
                .form(FormDefinition.empty())
                .screen("info")
                .build();
        return ProgramDescriptor.builder(CODE, Text.of("${programNameId}", "${programNameEn}"))
                .description(Text.of("Bantuan dari Pemerintah Kota.", "Aid from the city government."))
                .icon("icon.svg")
                .services(List.of(apply, info))
                .workflows(List.of(workflow))
                .screens(List.of(Screen.of("info", "${screenElement}", "${screenElement}.js", Set.of(Role.RESIDENT))))
                .operations(List.of(Operation.reading(OFFICE, Set.of(Role.RESIDENT)),
                        Operation.changing(NOTICE, Set.of(Role.TKSK))))
                .build();
    }
}
