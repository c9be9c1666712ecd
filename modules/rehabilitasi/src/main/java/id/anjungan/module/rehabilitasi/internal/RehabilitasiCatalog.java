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
        ServiceDefinition report = new ServiceDefinition(REPORT, ServiceKind.REPORT,
                Text.of("Laporkan orang terlantar", "Report a neglected person"),
                Text.of("Gelandangan, anak atau lansia terlantar, orang dengan gangguan jiwa di jalan",
                        "Homeless person, neglected child or elderly person, person with a mental illness on the "
                                + "street"),
                null, Set.of(Role.RESIDENT, Role.PSM, Role.TKSK), StreetReportForm.of(config), List.of(),
                "penanganan", null, true);
        return new ProgramDescriptor(CODE, Text.of("Rehabilitasi Sosial", "Social rehabilitation"),
                Text.of("Laporan orang terlantar, rujukan ke rumah sakit, penempatan di panti rehabilitasi sosial "
                                + "dan pendampingan sesudahnya.",
                        "Reports of neglected people, hospital referrals, placement in a social rehabilitation "
                                + "home and accompaniment afterwards."),
                "icon.svg", List.of(report, RsjIntakeForm.service(config), PendataanForm.service(config),
                        new ServiceDefinition("rekap-ppks", ServiceKind.DESK, Text.of("Data PPKS per kelurahan",
                                "PPKS per kelurahan"), Text.of("Jumlah PPKS per kategori dan kelurahan dalam sebulan",
                                "PPKS counts per category and kelurahan in a month"), null, PPKS_READERS, null,
                                List.of(), null, "ppks", false),
                        desk("rujukan", "Rujukan", "Referral", "Rujukan rumah sakit dan surat pengantar",
                                "Hospital referral and cover letter", "rujukan"),
                        desk("penempatan-panti", "Penempatan panti", "Panti placement",
                                "Kuota panti, antrean, keluar panti dan kunjungan pemantauan",
                                "Panti quotas, waiting list, leaving and monitoring visits", "panti")),
                List.of(workflow(config), PendataanForm.workflow()), Set.of(), Set.of(),
                List.of(new Screen("rujukan", "rehsos-rujukan", "rujukan.js", TKSK),
                        new Screen("panti", "rehsos-panti", "panti.js", TKSK),
                        new Screen("ppks", "rehsos-ppks", "ppks.js", PPKS_READERS)),
                List.of(new Operation("laporan", TKSK, true),
                        new Operation("rujukan", TKSK, false),
                        new Operation("catat-surat", TKSK, false),
                        new Operation("surat-pengantar", TKSK, true),
                        new Operation("panti", TKSK, true),
                        new Operation("tempatkan", TKSK, false),
                        new Operation("keluar-panti", TKSK, false),
                        new Operation("batal-antre", TKSK, false),
                        new Operation("pemantauan", TKSK, true),
                        new Operation("kunjungan", TKSK, false),
                        new Operation("rekap-ppks", PPKS_READERS, true)),
                Text.of(config.decidedBy(), config.decidedByEnglish()));
    }

    private static ServiceDefinition desk(String id, String titleId, String titleEn, String summaryId,
                                          String summaryEn, String screen) {
        return new ServiceDefinition(id, ServiceKind.DESK, Text.of(titleId, titleEn), Text.of(summaryId, summaryEn),
                null, TKSK, null, List.of(), null, screen, false);
    }

    private static Workflow workflow(RehabilitasiConfig config) {
        int lastVisit = Arrays.stream(config.monitoringDays()).max().orElse(0);
        return new Workflow("penanganan", REPORTED, List.of(
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
