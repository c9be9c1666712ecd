package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.Operation;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The BPNT descriptor (cash per tahap since 2023, 000:L4764-4768): services, workflows, exclusivity with KJS. */
final class BpntCatalog {

    static final String CODE = "BPNT";
    static final String STATUS = "cek-status";
    /** A national program: the Ministry decides, the kelurahan and Dinas only propose and validate (000:L4680-4688). */
    static final Text DECIDED_BY = Text.of("Kementerian Sosial", "the Ministry of Social Affairs");
    static final String VISITS = "kunjungan-rumah";
    /** Who visits homes: the PSM and Kasi Kesos of the kelurahan and the TKSK (000:L3818-3824, L4642-4656). */
    static final Set<Role> VISITORS = Set.of(Role.PSM, Role.KASI_KESOS, Role.TKSK);
    static final Set<Role> VISITORS_AND_DINSOS = Set.of(Role.PSM, Role.KASI_KESOS, Role.TKSK, Role.DINSOS);

    private BpntCatalog() {
    }

    static ProgramDescriptor describe(BpntConfig config, int complaintSla, ServiceDefinition... flows) {
        List<ServiceDefinition> services = new ArrayList<>();
        services.add(ServiceDefinition.builder(STATUS, ServiceKind.STATUS,
                Text.of("Cek status BPNT", "Check BPNT status"))
                .summary(Text.of("Terdaftar atau tidak, besar bantuan, tahap yang sudah masuk, jadwal di Kantor Pos",
                        "Registered or not, amount, which stage was paid, post office date"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                .form(FormDefinition.empty())
                .build());
        services.addAll(List.of(flows));
        services.add(ServiceDefinition.builder(VISITS, ServiceKind.DESK, Text.of("Kunjungan rumah dan daftar prioritas "
                + "BPNT", "BPNT home visits and priority list"))
                .summary(Text.of("Catat hasil kunjungan (temuan, foto, "
                + "tingkat kebutuhan); usulan yang sesuai menunggu di daftar prioritas pengganti", "Record visits "
                + "(findings, photo, urgency); confirmed proposals wait on the replacement priority list"))
                .startedBy(VISITORS_AND_DINSOS)
                .form(FormDefinition.empty())
                .screen("kunjungan")
                .build());
        return ProgramDescriptor.builder(CODE,
                Text.of("BPNT (Bantuan Pangan Non Tunai)", "BPNT (non-cash food assistance)"))
                .description(Text.of("Bantuan pangan (Program Sembako) dari Kementerian Sosial, "
                        + Text.rupiah(config.amountPerMonth())
                        + " per bulan, dibayar tunai per tahap melalui rekening " + config.bank() + " (dengan KKS) "
                        + "atau melalui Kantor Pos.", "Food assistance (Program Sembako) of the Ministry of Social "
                        + "Affairs, " + Text.rupiah(config.amountPerMonth()) + " per month, paid in cash per stage "
                        + "through a " + config.bank() + " account (with the KKS) or at the post office."))
                .icon("icon.svg")
                .services(services)
                .workflows(List.of(Workflows.card(config.cardSlaDays()),
                        Workflows.change(config.changeSlaDays()), Workflows.proposal(config.proposalSlaDays()),
                        Workflows.complaint(complaintSla), Workflows.delivery(config.deliverySlaDays())))
                .exclusiveWith(Set.of("KJS"))
                .checks(BpntProgram.checks())
                .screens(List.of(Screen.of("kunjungan", "bpnt-kunjungan-rumah", "kunjungan.js", VISITORS_AND_DINSOS)))
                .operations(List.of(Operation.changing("home-visit", VISITORS),
                        Operation.reading("replacement-priority", VISITORS_AND_DINSOS)))
                .decidedBy(DECIDED_BY)
                .build();
    }
}
