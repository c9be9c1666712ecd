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

/** The BPNT descriptor (cash per tahap since 2023, 000:L4764-4768): services, workflows, exclusivity with KJS. */
final class BpntCatalog {

    static final String CODE = "BPNT";
    static final String STATUS = "cek-status";
    /** A national program: the Ministry decides, the kelurahan and Dinas only propose and validate (000:L4680-4688). */
    static final Text DECIDED_BY = Text.of("Kementerian Sosial", "the Ministry of Social Affairs");

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
        return new ProgramDescriptor(CODE, Text.of("BPNT (Bantuan Pangan Non Tunai)", "BPNT (non-cash food assistance)"),
                Text.of("Bantuan pangan (Program Sembako) dari Kementerian Sosial, " + Text.rupiah(config.amountPerMonth())
                        + " per bulan, dibayar tunai per tahap melalui rekening " + config.bank() + " (dengan KKS) "
                        + "atau melalui Kantor Pos.", "Food assistance (Program Sembako) of the Ministry of Social "
                        + "Affairs, " + Text.rupiah(config.amountPerMonth()) + " per month, paid in cash per stage "
                        + "through a " + config.bank() + " account (with the KKS) or at the post office."),
                "icon.svg", services, List.of(Workflows.card(config.cardSlaDays()),
                        Workflows.change(config.changeSlaDays()), Workflows.proposal(config.proposalSlaDays()),
                        Workflows.complaint(complaintSla), Workflows.delivery(config.deliverySlaDays())),
                Set.of("KJS"), BpntProgram.checks(), List.of(), List.of(), DECIDED_BY);
    }
}
