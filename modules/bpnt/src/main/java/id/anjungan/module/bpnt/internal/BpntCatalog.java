package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The BPNT descriptor: services, workflows, exclusivity with KJS and the platform checks. */
final class BpntCatalog {

    static final String CODE = "BPNT";
    static final String STATUS = "cek-status";

    private BpntCatalog() {
    }

    static ProgramDescriptor describe(BpntConfig config, int complaintSla, ServiceDefinition... flows) {
        List<ServiceDefinition> services = new ArrayList<>();
        services.add(new ServiceDefinition(STATUS, ServiceKind.STATUS, Text.of("Cek status BPNT", "Check BPNT status"),
                Text.of("Terdaftar atau tidak, nominal, cara pencairan, jadwal berikutnya",
                        "Registered or not, amount, how it is paid, next date"),
                null, Set.of(Role.RESIDENT, Role.PSM, Role.TKSK), FormDefinition.empty(), List.of(), null, null,
                false));
        services.addAll(List.of(flows));
        return new ProgramDescriptor(CODE, Text.of("BPNT (Bantuan Pangan Non Tunai)", "BPNT (non-cash food assistance)"),
                Text.of("Bantuan pangan dari Kementerian Sosial, " + Text.rupiah(config.amountPerMonth())
                        + " per bulan, dibelanjakan di e-Warung.", "Food assistance from the Ministry of Social "
                        + "Affairs, " + Text.rupiah(config.amountPerMonth()) + " per month, spent at e-Warung shops."),
                "icon.svg", services, List.of(Workflows.card(config.cardSlaDays()),
                        Workflows.change(config.changeSlaDays()), Workflows.proposal(config.proposalSlaDays()),
                        Workflows.complaint(complaintSla), Workflows.delivery(config.deliverySlaDays())),
                Set.of("KJS"), BpntProgram.checks(), List.of(), List.of());
    }
}
