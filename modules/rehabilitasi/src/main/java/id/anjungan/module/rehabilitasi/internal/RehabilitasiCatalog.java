package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Operation;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Services, screens, operations and the workflow of a report from the street to monitoring. */
final class RehabilitasiCatalog {

    static final String CODE = "REHSOS";
    static final String REPORT = "laporkan-orang-terlantar";
    static final String FROM_RSJ = "penerimaan-dari-rsj";
    /** The services whose cases follow the handling workflow. */
    static final Set<String> CASE_SERVICES = Set.of(REPORT, FROM_RSJ);
    static final String REPORTED = "dilaporkan";
    static final String HANDLED = "ditangani";
    static final String REFERRED = "dirujuk";
    static final String WAITING = "menunggu-panti";
    static final String PLACED = "ditempatkan";
    static final String MONITORED = "pemantauan";
    static final String CLOSED = "ditutup";
    static final String FORWARDED = "diteruskan";
    /** Field work is the TKSK's; the IT admin installs modules and has no field powers. */
    static final Set<Role> TKSK = Set.of(Role.TKSK);
    /** Who reads the PPKS table: the TKSK who reports it, the kelurahan, the camat and Dinsos. */
    static final Set<Role> PPKS_READERS = Set.of(Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS);

    private RehabilitasiCatalog() {
    }

    static ProgramDescriptor describe(RehabilitasiConfig config) {
        ServiceDefinition report = ServiceDefinition.builder(REPORT, ServiceKind.REPORT,
                Text.of("Laporkan orang terlantar", "Report a neglected person"))
                .summary(Text.of("Gelandangan, anak atau lansia terlantar, orang dengan gangguan jiwa di jalan",
                        "Homeless person, neglected child or elderly person, person with a mental illness on the "
                                + "street"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                .form(StreetReportForm.of(config))
                .workflow("penanganan")
                .withoutIdentity(true)
                .build();
        return ProgramDescriptor.builder(CODE, Text.of("Rehabilitasi Sosial", "Social rehabilitation"))
                .description(Text.of("Laporan orang terlantar, rujukan ke rumah sakit, penempatan di panti "
                        + "rehabilitasi sosial "
                                + "dan pendampingan sesudahnya.",
                        "Reports of neglected people, hospital referrals, placement in a social rehabilitation "
                                + "home and accompaniment afterwards."))
                .icon("icon.svg")
                .services(List.of(report, RsjIntakeForm.service(config), PendataanForm.service(config),
                        ServiceDefinition.builder("rekap-ppks", ServiceKind.DESK, Text.of("Data PPKS per kelurahan",
                                "PPKS per kelurahan"))
                                .summary(Text.of("Jumlah PPKS per kategori dan kelurahan dalam sebulan",
                                "PPKS counts per category and kelurahan in a month"))
                                .startedBy(PPKS_READERS)
                                .screen("ppks")
                                .build(),
                        desk("rujukan", "Rujukan", "Referral", "Rujukan rumah sakit dan surat pengantar",
                                "Hospital referral and cover letter", "rujukan"),
                        desk("penempatan-panti", "Penempatan panti", "Panti placement",
                                "Kuota panti, antrean, keluar panti dan kunjungan pemantauan",
                                "Panti quotas, waiting list, leaving and monitoring visits", "panti")))
                .workflows(List.of(workflow(config), PendataanForm.workflow()))
                .screens(List.of(Screen.of("rujukan", "rehsos-rujukan", "rujukan.js", TKSK),
                        Screen.of("panti", "rehsos-panti", "panti.js", TKSK),
                        Screen.of("ppks", "rehsos-ppks", "ppks.js", PPKS_READERS)))
                .operations(List.of(Operation.reading("laporan", TKSK),
                        Operation.changing("rujukan", TKSK),
                        Operation.changing("catat-surat", TKSK),
                        Operation.reading("surat-pengantar", TKSK),
                        Operation.reading("panti", TKSK),
                        Operation.changing("tempatkan", TKSK),
                        Operation.changing("keluar-panti", TKSK),
                        Operation.changing("batal-antre", TKSK),
                        Operation.reading("pemantauan", TKSK),
                        Operation.changing("kunjungan", TKSK),
                        Operation.reading("rekap-ppks", PPKS_READERS)))
                .decidedBy(Text.of(config.decidedBy(), config.decidedByEnglish()))
                .build();
    }

    private static ServiceDefinition desk(String id, String titleId, String titleEn, String summaryId,
                                          String summaryEn, String screen) {
        return ServiceDefinition.builder(id, ServiceKind.DESK, Text.of(titleId, titleEn))
                .summary(Text.of(summaryId, summaryEn))
                .startedBy(TKSK)
                .screen(screen)
                .build();
    }

    private static Workflow workflow(RehabilitasiConfig config) {
        int lastVisit = Arrays.stream(config.monitoringDays()).max().orElse(0);
        return Workflow.of("penanganan", REPORTED, List.of(
                State.open(REPORTED, "Dilaporkan, menunggu petugas sosial kecamatan (TKSK)",
                        "Reported, waiting for the kecamatan's social welfare worker (TKSK)",
                        config.reportSlaDays()),
                State.open(HANDLED, "Ditangani petugas sosial kecamatan (TKSK)",
                        "Handled by the kecamatan's social welfare worker (TKSK)", config.handlingSlaDays()),
                State.open(REFERRED, "Dirujuk ke rumah sakit", "Referred to hospital", config.referralSlaDays()),
                State.open(WAITING, "Menunggu tempat di panti", "Waiting for a place in a panti", 0),
                State.open(PLACED, "Dirawat di panti", "Cared for in a panti", 0),
                State.open(MONITORED, "Pendampingan sesudah panti", "Accompanied after the panti", lastVisit + 14),
                State.closed("selesai", "Selesai", "Completed"),
                State.closed(FORWARDED, "Diteruskan ke petugas sosial kecamatan lain atau Dinas Sosial",
                        "Forwarded to another kecamatan's social welfare worker or the social office"),
                State.closed(CLOSED, "Ditutup", "Closed")), List.of(
                step("tangani", REPORTED, HANDLED, "Tangani", "Take on"),
                step("rujuk", REPORTED, REFERRED, "Rujuk ke rumah sakit", "Refer to hospital"),
                step("rujuk", HANDLED, REFERRED, "Rujuk ke rumah sakit", "Refer to hospital"),
                step("antre-panti", HANDLED, WAITING, "Masuk antrean panti", "Join a panti waiting list"),
                step("antre-panti", REFERRED, WAITING, "Masuk antrean panti", "Join a panti waiting list"),
                step("tempatkan", HANDLED, PLACED, "Tempatkan di panti", "Place in a panti"),
                step("tempatkan", REFERRED, PLACED, "Tempatkan di panti", "Place in a panti"),
                step("tempatkan", WAITING, PLACED, "Tempatkan di panti", "Place in a panti"),
                step("batal-antre", WAITING, HANDLED, "Keluar dari antrean", "Leave the waiting list")
                        .withNoteRequired(),
                step("keluar-panti", PLACED, MONITORED, "Keluar panti, mulai pemantauan", "Leaves, monitoring"),
                step("kembali-keluarga", HANDLED, "selesai", "Dipulangkan ke keluarga", "Returned to family"),
                step("kembali-keluarga", REFERRED, "selesai", "Dipulangkan ke keluarga", "Returned to family"),
                step("selesai", MONITORED, "selesai", "Pemantauan selesai", "Monitoring completed"),
                // a person found across the border is forwarded (the note says to whom), never refused
                step("teruskan", REPORTED, FORWARDED, "Teruskan ke wilayah lain", "Forward to another area")
                        .withNoteRequired(),
                step("teruskan", HANDLED, FORWARDED, "Teruskan ke wilayah lain", "Forward to another area")
                        .withNoteRequired(),
                step("tutup", REPORTED, CLOSED, "Tutup", "Close").withNoteRequired(),
                step("tutup", HANDLED, CLOSED, "Tutup", "Close").withNoteRequired(),
                step("tutup", REFERRED, CLOSED, "Tutup", "Close").withNoteRequired(),
                step("tutup", WAITING, CLOSED, "Tutup", "Close").withNoteRequired(),
                step("tutup", PLACED, CLOSED, "Tutup", "Close").withNoteRequired()));
    }

    private static Transition step(String id, String from, String to, String labelId, String labelEn) {
        return Transition.of(id, from, to, Text.of(labelId, labelEn), Role.TKSK);
    }
}
