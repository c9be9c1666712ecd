package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Role;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.util.List;

/** Case workflows of BPNT, with SLA days from configuration. */
final class Workflows {

    static final String CARD = "kartu";
    static final String CHANGE = "perubahan";
    static final String PROPOSAL = "usul";
    static final String COMPLAINT = "pengaduan";
    static final String DELIVERY = "antar";

    private Workflows() {
    }

    /** Card and payment problems: the TKSK forwards to the bank, Dinas Sosial or DTKS operator, then closes. */
    static Workflow card(int sla) {
        return new Workflow(CARD, "dilaporkan", List.of(
                State.open("dilaporkan", "Dilaporkan", "Reported", sla),
                State.open("diteruskan", "Diteruskan ke bank / Dinas Sosial / operator DTKS",
                        "Forwarded to the bank / social office / DTKS operator", sla * 2),
                State.closed("selesai", "Selesai", "Resolved"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                Transition.of("teruskan", "dilaporkan", "diteruskan", Text.of("Teruskan", "Forward"), Role.TKSK),
                Transition.of("selesai", "dilaporkan", "selesai", Text.of("Selesai", "Resolve"), Role.TKSK),
                Transition.of("selesaikan", "diteruskan", "selesai", Text.of("Selesai", "Resolve"), Role.TKSK),
                reject("dilaporkan"), reject("diteruskan")));
    }

    /** Change of KPM condition: verified at home, then retur or a change of holder. */
    static Workflow change(int sla) {
        return new Workflow(CHANGE, "dilaporkan", List.of(
                State.open("dilaporkan", "Dilaporkan", "Reported", sla),
                State.open("diverifikasi", "Sudah dicek ke rumah", "Checked at home", sla),
                State.closed("retur", "Diusulkan retur (dikeluarkan dari daftar)", "Proposed for removal (retur)"),
                State.closed("ganti-pengurus", "Diusulkan ganti pengurus", "Change of holder proposed"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                Transition.of("verifikasi", "dilaporkan", "diverifikasi", Text.of("Sudah dicek", "Verified"),
                        Role.PSM, Role.KASI_KESOS, Role.TKSK),
                Transition.of("retur", "diverifikasi", "retur", Text.of("Usulkan retur", "Propose retur"), Role.TKSK)
                        .withNoteRequired(),
                Transition.of("ganti-pengurus", "diverifikasi", "ganti-pengurus",
                        Text.of("Usulkan ganti pengurus", "Propose change of holder"), Role.TKSK),
                reject("dilaporkan"), reject("diverifikasi")));
    }

    /** Usul and sanggah: submitted, verified, validated by the TKSK, forwarded to Dinas Sosial, decided. */
    static Workflow proposal(int sla) {
        return new Workflow(PROPOSAL, "diajukan", List.of(
                State.open("diajukan", "Diajukan", "Submitted", sla),
                State.open("diverifikasi", "Diverifikasi kelurahan", "Verified by the kelurahan", sla),
                State.open("divalidasi", "Divalidasi TKSK", "Validated by the TKSK", sla),
                State.open("diteruskan", "Diteruskan ke Dinas Sosial", "Forwarded to the social office", 0),
                State.closed("diterima", "Diterima", "Accepted"),
                State.closed("ditolak", "Ditolak", "Rejected")), List.of(
                Transition.of("verifikasi", "diajukan", "diverifikasi", Text.of("Verifikasi", "Verify"),
                        Role.PSM, Role.KASI_KESOS),
                Transition.of("validasi", "diverifikasi", "divalidasi", Text.of("Validasi", "Validate"), Role.TKSK),
                Transition.of("teruskan", "divalidasi", "diteruskan", Text.of("Teruskan ke Dinas Sosial",
                        "Forward to the social office"), Role.TKSK),
                Transition.of("terima", "diteruskan", "diterima", Text.of("Diterima", "Accepted"), Role.TKSK,
                        Role.DINSOS),
                reject("diajukan"), reject("diverifikasi"), reject("divalidasi"), reject("diteruskan")));
    }

    /** 6T complaints: handled with the e-Warung, then closed. */
    static Workflow complaint(int sla) {
        return new Workflow(COMPLAINT, "diterima", List.of(
                State.open("diterima", "Pengaduan diterima", "Complaint received", sla),
                State.open("ditangani", "Ditangani bersama e-Warung", "Being handled with the e-Warung", sla),
                State.closed("selesai", "Selesai", "Resolved"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                Transition.of("tangani", "diterima", "ditangani", Text.of("Tangani", "Handle"), Role.TKSK),
                Transition.of("selesai", "ditangani", "selesai", Text.of("Selesai", "Resolve"), Role.TKSK)
                        .withNoteRequired(),
                reject("diterima"), reject("ditangani")));
    }

    /** Delivery by the e-Warung to a KPM who cannot come. */
    static Workflow delivery(int sla) {
        return new Workflow(DELIVERY, "diajukan", List.of(
                State.open("diajukan", "Diajukan", "Requested", sla),
                State.open("diatur", "Diatur dengan e-Warung", "Arranged with the e-Warung", sla),
                State.closed("diantar", "Bantuan sudah diantar", "Delivered"),
                State.closed("ditolak", "Tidak dapat diantar", "Cannot be delivered")), List.of(
                Transition.of("atur", "diajukan", "diatur", Text.of("Atur pengantaran", "Arrange delivery"),
                        Role.TKSK),
                Transition.of("diantar", "diatur", "diantar", Text.of("Sudah diantar", "Delivered"), Role.TKSK,
                        Role.PSM),
                reject("diajukan"), reject("diatur")));
    }

    private static Transition reject(String from) {
        return Transition.of("tolak", from, "ditolak", Text.of("Tolak", "Reject"), Role.TKSK).withNoteRequired();
    }
}
