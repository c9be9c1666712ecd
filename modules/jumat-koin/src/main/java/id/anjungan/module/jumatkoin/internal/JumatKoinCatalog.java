package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.Document;
import id.anjungan.spi.Operation;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.util.List;
import java.util.Set;

/** The program's services, screens, operations and the housing-request workflow. */
final class JumatKoinCatalog {

    static final String CODE = "JUMATKOIN";
    static final String REQUEST = "ajukan-bantuan-rumah";
    static final String SUBMITTED = "diajukan";
    static final String VERIFIED = "diverifikasi";
    static final String PAID = "dibayar";
    static final String VERIFY = "verifikasi";
    static final String DISBURSE = "cairkan";
    /** Who sees the ranking: the TKSK who surveys, the camat and the Kasi Kesos of the camat's office. */
    static final Set<Role> STAFF = Set.of(Role.TKSK, Role.KASI_KESOS, Role.CAMAT);
    /** The fund belongs to the camat's office, so its staff count the boxes; an IT administrator never does. */
    static final Set<Role> TREASURY = Set.of(Role.KASI_KESOS, Role.CAMAT);

    static final List<Document> CHECKLIST = List.of(
            Document.of("identitas", "KTP dan Kartu Keluarga, atau surat keterangan tidak mempunyai kartu identitas",
                    "Identity card and family card, or a letter stating you have no identity card"),
            Document.of("keterangan-kejadian", "Surat keterangan dari RT/RW atau kelurahan tentang kejadian atau "
                            + "keadaan rumah", "Letter from the RT/RW or kelurahan about the disaster or the state of "
                            + "the house").at("Kantor kelurahan", "Kelurahan office"));

    private JumatKoinCatalog() {
    }

    static ProgramDescriptor describe(JumatKoinConfig config) {
        return ProgramDescriptor.builder(CODE, Text.of("Jum'at Koin", "Friday Coins"))
                .description(Text.of("Koin yang dikumpulkan setiap Jumat di kecamatan membantu keluarga PPKS "
                        + "yang kurang mampu "
                                + "memperbaiki atau membangun rumah: rumah tidak layak huni, atau rumah yang rusak "
                                + "karena kebakaran, banjir, angin puting beliung, tanah longsor, atau roboh.",
                        "Coins collected every Friday at the kecamatan help poor PPKS families repair or build "
                                + "their house: an uninhabitable house, or one damaged by fire, flood, storm, "
                                + "landslide or collapse."))
                .icon("icon.svg")
                .services(services(config))
                .workflows(List.of(workflow(config)))
                .checks(Set.of(PlatformCheck.DOMICILE_KECAMATAN, PlatformCheck.STILL_ENTITLED))
                .screens(screens())
                .operations(operations())
                .decidedBy(Text.of(config.decidedBy(), config.decidedByEnglish()))
                .build();
    }

    private static List<ServiceDefinition> services(JumatKoinConfig config) {
        return List.of(
                desk("kas", "Kas Jum'at Koin", "Jum'at Koin fund",
                        "Saldo, setoran per minggu dan setiap "
                                + "pencairan", "Balance, weekly collections and every payout",
                        Set.of(Role.RESIDENT), "kas"),
                desk("catat-setoran", "Catat setoran", "Record a collection",
                        "Hitung kotak koin dengan dua saksi", "Count a coin box with two witnesses", TREASURY,
                        "setoran"),
                ServiceDefinition.builder(REQUEST, ServiceKind.APPLICATION,
                        Text.of("Ajukan bantuan rumah", "Apply for help with your house"))
                        .summary(Text.of("Rumah rusak karena bencana, atau rumah tidak layak huni keluarga "
                                + "kurang mampu",
                                "A house damaged by a disaster, or the uninhabitable house of a poor family"))
                        .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                        .form(HousingRequestForm.of(config))
                        .checklist(CHECKLIST)
                        .workflow("bantuan-rumah")
                        .withoutIdentity(true)
                        .build(),
                desk("prioritas", "Prioritas bantuan rumah", "House repair priorities",
                        "Urutan permohonan dengan perhitungan skor", "Ranked requests with their scores", STAFF,
                        "prioritas"),
                desk("setujui-pencairan", "Setujui pencairan", "Approve a payout",
                        "Camat menyetujui dana untuk permohonan terverifikasi",
                        "The camat approves funds for a surveyed request", Set.of(Role.CAMAT), "pencairan"));
    }

    private static ServiceDefinition desk(String id, String titleId, String titleEn, String summaryId,
                                          String summaryEn, Set<Role> roles, String screen) {
        return ServiceDefinition.builder(id, ServiceKind.DESK, Text.of(titleId, titleEn))
                .summary(Text.of(summaryId, summaryEn))
                .startedBy(roles)
                .screen(screen)
                .build();
    }

    private static List<Screen> screens() {
        return List.of(
                Screen.of("kas", "jumatkoin-kas", "kas.js", Set.of(Role.RESIDENT)),
                Screen.of("setoran", "jumatkoin-setoran", "setoran.js", TREASURY),
                Screen.of("prioritas", "jumatkoin-prioritas", "prioritas.js", STAFF),
                Screen.of("pencairan", "jumatkoin-pencairan", "pencairan.js", Set.of(Role.CAMAT)));
    }

    private static List<Operation> operations() {
        return List.of(
                Operation.reading("kas", Set.of(Role.RESIDENT)),
                Operation.reading("daftar-setoran", TREASURY),
                Operation.changing("catat-setoran", TREASURY),
                Operation.changing("koreksi-setoran", TREASURY),
                Operation.reading("prioritas", STAFF),
                Operation.changing("catat-survei", Set.of(Role.TKSK)),
                Operation.changing("setujui-pencairan", Set.of(Role.CAMAT)));
    }

    private static Workflow workflow(JumatKoinConfig config) {
        return Workflow.of("bantuan-rumah", SUBMITTED, List.of(
                State.open(SUBMITTED, "Menunggu survei TKSK", "Waiting for the TKSK's survey", config.surveySlaDays()),
                State.open(VERIFIED, "Sudah disurvei, menunggu keputusan Camat",
                        "Surveyed, waiting for the camat's decision", config.approvalSlaDays()),
                State.open(PAID, "Dana dicairkan, perbaikan didampingi TKSK",
                        "Funds paid, repair accompanied by the TKSK", config.repairSlaDays()),
                State.closed("selesai", "Perbaikan selesai", "Repair completed"),
                State.closed("ditolak", "Tidak dapat dibantu", "Cannot be helped")), List.of(
                Transition.of(VERIFY, SUBMITTED, VERIFIED, Text.of("Catat survei", "Record survey"), Role.TKSK),
                Transition.of(DISBURSE, VERIFIED, PAID, Text.of("Cairkan dana", "Pay out"), Role.CAMAT),
                // proof of use: the TKSK who accompanied the work closes it with the receipts (kwitansi/nota)
                Transition.of("selesai", PAID, "selesai", Text.of("Perbaikan selesai (catat kwitansi atau nota)",
                        "Repair completed (note the receipts)"), Role.TKSK).withNoteRequired(),
                Transition.of("tolak", SUBMITTED, "ditolak", Text.of("Tolak", "Decline"), Role.TKSK, Role.CAMAT)
                        .withNoteRequired(),
                Transition.of("tolak", VERIFIED, "ditolak", Text.of("Tolak", "Decline"), Role.TKSK, Role.CAMAT)
                        .withNoteRequired()));
    }
}
