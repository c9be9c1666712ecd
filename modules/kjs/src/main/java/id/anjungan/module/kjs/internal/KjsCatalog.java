package id.anjungan.module.kjs.internal;

import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.Operation;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The KJS descriptor: services, workflows, the pendamping's desk and its operations. */
final class KjsCatalog {

    static final String CODE = "KJS";
    static final String STATUS = "cek-status";
    static final String DESK = "paket-pencairan";
    static final Set<Role> PENDAMPING = Set.of(Role.TKSK);
    static final Set<Role> VISITORS = Set.of(Role.PSM, Role.KASI_KESOS, Role.TKSK);
    static final Set<Role> VISITORS_AND_DINSOS = Set.of(Role.PSM, Role.KASI_KESOS, Role.TKSK, Role.DINSOS);
    static final String VISITS = "kunjungan-rumah";
    /** Programs a KJS recipient may not also receive (000:L4735-4739). */
    static final Set<String> EXCLUSIVE = Set.of("BPNT");
    /** The province's own card: the provincial government decides, the city only proposes (000:L5170-5178). */
    static final Text DECIDED_BY = Text.of("Pemerintah Provinsi Jawa Tengah", "the Central Java provincial government");
    static final List<Operation> OPERATIONS = List.of(
            Operation.reading("recipients", PENDAMPING),
            Operation.changing("sk-pendamping", PENDAMPING),
            Operation.changing("pack", PENDAMPING),
            Operation.reading("pack-detail", PENDAMPING),
            Operation.changing("record", PENDAMPING),
            Operation.changing("hand-over", PENDAMPING),
            Operation.changing("home-visit", VISITORS),
            Operation.reading("replacement-priority", VISITORS_AND_DINSOS),
            Operation.reading("round-summary", Set.of(Role.TKSK, Role.DINSOS)));

    private KjsCatalog() {
    }

    static ProgramDescriptor describe(KjsConfig config, ServiceDefinition... flows) {
        List<ServiceDefinition> services = new ArrayList<>();
        services.add(ServiceDefinition.builder(STATUS, ServiceKind.STATUS,
                Text.of("Cek status KJS", "Check KJS status"))
                .summary(Text.of("Terdaftar atau tidak, pencairan triwulan berikutnya, siapa yang mengambil dana",
                        "Registered or not, next quarterly disbursement, who collects the funds"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                .form(FormDefinition.empty())
                .build());
        services.addAll(List.of(flows));
        services.add(ServiceDefinition.builder(DESK, ServiceKind.DESK,
                Text.of("Paket pencairan KJS", "KJS disbursement pack"))
                .summary(Text.of("Untuk pendamping: SK dan Surat Tugas, pilih penerima, cetak paket, catat "
                        + "pencairan dan "
                        + "serah terima", "For the pendamping: SK and Surat Tugas, choose recipients, print the pack, "
                        + "record disbursements and hand-overs"))
                .startedBy(PENDAMPING)
                .form(FormDefinition.empty())
                .screen("paket")
                .build());
        services.add(ServiceDefinition.builder(VISITS, ServiceKind.DESK, Text.of("Kunjungan rumah dan daftar prioritas "
                + "KJS", "KJS home visits and priority list"))
                .summary(Text.of("Catat hasil kunjungan (temuan, foto); usulan "
                + "yang sesuai menunggu di daftar prioritas pengganti", "Record visits (findings, photo); confirmed "
                + "proposals wait on the replacement priority list"))
                .startedBy(VISITORS_AND_DINSOS)
                .form(FormDefinition.empty())
                .screen("kunjungan")
                .build());
        return ProgramDescriptor.builder(CODE,
                Text.of("KJS (Kartu Jateng Sejahtera)", "KJS (Central Java welfare card)"))
                .description(Text.of("Bantuan tunai Provinsi Jawa Tengah untuk penyandang disabilitas berat, "
                        + "orang yang sakit "
                        + "menahun, dan lansia terlantar yang belum menerima bantuan pusat, "
                        + Text.rupiah(config.amountPerPayment()) + " per " + config.paymentEveryMonths()
                        + " bulan melalui " + config.bank() + ".",
                        "Central Java cash aid for people with severe disabilities, chronic illness or neglected "
                        + "old age without central aid, " + Text.rupiah(config.amountPerPayment()) + " every "
                        + config.paymentEveryMonths() + " months through " + config.bank() + "."))
                .icon("icon.svg")
                .services(services)
                .workflows(List.of(Workflows.proposal(config.proposalSlaDays()),
                        Workflows.retur(config.returSlaDays()), Workflows.card(config.cardSlaDays())))
                .exclusiveWith(EXCLUSIVE)
                // no ONE_AID_ACCOUNT: the rule (000:L4865-4869) is the BPNT guideline's, KJS is paid into the
                // province's Bank Jateng account, and the only KJS account question (the card report) is checked
                // against the KJS list itself (CardFlow)
                .checks(Set.of(PlatformCheck.NO_DOUBLE_AID, PlatformCheck.DOMICILE_KECAMATAN))
                .screens(List.of(Screen.of("paket", "kjs-paket-pencairan", "paket.js", PENDAMPING),
                        Screen.of("kunjungan", "kjs-kunjungan-rumah", "kunjungan.js", VISITORS_AND_DINSOS)))
                .operations(OPERATIONS)
                .decidedBy(DECIDED_BY)
                .build();
    }
}
