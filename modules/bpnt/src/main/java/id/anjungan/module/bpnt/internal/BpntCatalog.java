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
        services.add(new ServiceDefinition(STATUS, ServiceKind.STATUS, Text.of("Cek status BPNT", "Check BPNT status"),
                Text.of("Terdaftar atau tidak, besar bantuan, tahap yang sudah masuk, jadwal di Kantor Pos",
                        "Registered or not, amount, which stage was paid, post office date"),
                null, Set.of(Role.RESIDENT, Role.PSM, Role.TKSK), FormDefinition.empty(), List.of(), null, null,
                false));
        services.addAll(List.of(flows));
        services.add(new ServiceDefinition(VISITS, ServiceKind.DESK, Text.of("Kunjungan rumah dan daftar prioritas "
                + "BPNT", "BPNT home visits and priority list"), Text.of("Catat hasil kunjungan (temuan, foto, "
                + "tingkat kebutuhan); usulan yang sesuai menunggu di daftar prioritas pengganti", "Record visits "
                + "(findings, photo, urgency); confirmed proposals wait on the replacement priority list"), null,
                VISITORS_AND_DINSOS, FormDefinition.empty(), List.of(), null, "kunjungan", false));
        return new ProgramDescriptor(CODE, Text.of("BPNT (Bantuan Pangan Non Tunai)", "BPNT (non-cash food assistance)"),
                Text.of("Bantuan pangan (Program Sembako) dari Kementerian Sosial, " + Text.rupiah(config.amountPerMonth())
                        + " per bulan, dibayar tunai per tahap melalui rekening " + config.bank() + " (dengan KKS) "
                        + "atau melalui Kantor Pos.", "Food assistance (Program Sembako) of the Ministry of Social "
                        + "Affairs, " + Text.rupiah(config.amountPerMonth()) + " per month, paid in cash per stage "
                        + "through a " + config.bank() + " account (with the KKS) or at the post office."),
                "icon.svg", services, List.of(Workflows.card(config.cardSlaDays()),
                        Workflows.change(config.changeSlaDays()), Workflows.proposal(config.proposalSlaDays()),
                        Workflows.complaint(complaintSla), Workflows.delivery(config.deliverySlaDays())),
                Set.of("KJS"), BpntProgram.checks(),
                List.of(new Screen("kunjungan", "bpnt-kunjungan-rumah", "kunjungan.js", VISITORS_AND_DINSOS)),
                List.of(new Operation("home-visit", VISITORS, false),
                        new Operation("replacement-priority", VISITORS_AND_DINSOS, true)), DECIDED_BY);
    }
}
