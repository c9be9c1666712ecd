package id.anjungan.module.cpp.internal;

import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.Operation;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import java.util.List;
import java.util.Set;

/** What CPP offers: the public schedule check and three staff desks (distribution, report, invitations). */
final class CppDescriptor {

    static final String CODE = "CPP";
    static final String SCRIPT = "cpp.js";
    private static final Set<Role> DISTRIBUTORS = Set.of(Role.PSM, Role.TKSK);
    private static final Set<Role> READERS = Set.of(Role.PSM, Role.TKSK, Role.KASI_KESOS, Role.DINSOS);
    /** The PSM only hands out (000:L5327-5358); choosing a replacement PBP is for the TKSK and the Kasi Kesos. */
    private static final Set<Role> REPLACERS = Set.of(Role.TKSK, Role.KASI_KESOS);
    /**
     * A national programme: Bapanas sets the PBP list from DTSEN and assigns Perum Bulog to deliver; the city's
     * Dinas Ketahanan Pangan (000:L5327-5358) and the TKSK and PSM only hand the rice out (review 2.4).
     */
    static final Text DECIDED_BY = Text.of("Badan Pangan Nasional", "the National Food Agency (Badan Pangan Nasional)");

    private CppDescriptor() {
    }

    static ProgramDescriptor build() {
        List<ServiceDefinition> services = List.of(
                ServiceDefinition.builder("cek-jadwal", ServiceKind.STATUS,
                        Text.of("Cek jadwal dan daftar CPP", "CPP rice: schedule and list"))
                        .summary(Text.of("Apakah rumah tangga saya penerima bantuan pangan (PBP) beras CPP, "
                                + "kapan, di mana, "
                                        + "berapa kg", "Is my household a CPP rice recipient (PBP), when, where, "
                                        + "how many kg"))
                        .startedBy(Role.RESIDENT)
                        .form(FormDefinition.empty())
                        .build(),
                desk("distribusi", "desk", Text.of("Distribusi beras CPP", "CPP rice distribution"),
                        Text.of("Buat pembagian, impor daftar PBP, catat penyerahan dan pengganti PBP",
                                "Create events, import PBP lists, record hand-overs and replacement PBPs"),
                        DISTRIBUTORS),
                desk("laporan", "report", Text.of("Laporan CPP", "CPP report"),
                        Text.of("Stok diterima, diserahkan, sisa, PBP yang belum mengambil; daftar tanda terima dan "
                                + "BAST", "Stock received, handed out, remaining, PBPs not yet collected; list of "
                                + "receipts and BAST"), READERS),
                desk("undangan", "invitations", Text.of("Undangan CPP", "CPP invitations"),
                        Text.of("Cetak undangan dengan kode QR", "Print invitations with a QR code"),
                        Set.of(Role.PSM, Role.TKSK, Role.KASI_KESOS)));
        List<Screen> screens = List.of(
                Screen.of("desk", "cpp-desk", SCRIPT, DISTRIBUTORS),
                Screen.of("report", "cpp-report", SCRIPT, READERS),
                Screen.of("invitations", "cpp-invitations", SCRIPT, Set.of(Role.PSM, Role.TKSK, Role.KASI_KESOS)));
        List<Operation> operations = List.of(
                Operation.reading("events", READERS),
                Operation.changing("create-event", DISTRIBUTORS),
                Operation.changing("receive-stock", DISTRIBUTORS),
                Operation.changing("import", DISTRIBUTORS),
                Operation.reading("lookup", DISTRIBUTORS),
                Operation.changing("claim", DISTRIBUTORS),
                Operation.changing("replace", REPLACERS),
                Operation.reading("report", READERS),
                Operation.reading("receipts", READERS),
                Operation.reading("bast", READERS),
                Operation.reading("invitations", Set.of(Role.PSM, Role.TKSK, Role.KASI_KESOS)));
        return ProgramDescriptor.builder(CODE,
                Text.of("CPP (Cadangan Pangan Pemerintah)", "CPP government rice reserve"))
                .description(Text.of("Beras dari Dinas Ketahanan Pangan, dibagikan sekitar dua kali setahun oleh "
                        + "TKSK dan PSM; "
                                + "satu jatah per rumah tangga penerima bantuan pangan (PBP).",
                        "Rice from the food-security office, handed out about twice a year by the TKSK and PSM; "
                                + "one share per recipient household (PBP)."))
                .icon("icon.svg")
                .services(services)
                .screens(screens)
                .operations(operations)
                .decidedBy(DECIDED_BY)
                .build();
    }

    private static ServiceDefinition desk(String id, String screen, Text title, Text summary, Set<Role> roles) {
        return ServiceDefinition.builder(id, ServiceKind.DESK, title)
                .summary(summary)
                .startedBy(roles)
                .form(FormDefinition.empty())
                .screen(screen)
                .build();
    }
}
