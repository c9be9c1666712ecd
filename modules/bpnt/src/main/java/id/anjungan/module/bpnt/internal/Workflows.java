package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Role;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.util.List;

/** Case workflows of BPNT, with SLA days from configuration. State labels are what a resident sees when tracking. */
final class Workflows {

    static final String CARD = "kartu";
    static final String CHANGE = "perubahan";
    static final String PROPOSAL = "usul";
    static final String COMPLAINT = "pengaduan";
    static final String DELIVERY = "antar";
    /** The change workflow's state once removal was proposed: aid goes on until Kemensos decides. */
    static final String REMOVAL_PROPOSED = "retur";
    /** The change workflow's state once Kemensos removed the recipient from the list. */
    static final String REMOVED = "dikeluarkan";
    /** The home-visit step of usul, sanggah and change reports; its note holds the findings. */
    static final String VISIT = "verifikasi";
    /** Usul, sanggah and change reports in this state had their home visit. */
    static final String VISITED = "diverifikasi";

    private Workflows() {
    }

    /** Card and payment problems: the TKSK forwards to the bank, Dinas Sosial, the coordinator or SIKS-NG. */
    static Workflow card(int sla) {
        return Workflow.of(CARD, "dilaporkan", List.of(
                State.open("dilaporkan", "Dilaporkan", "Reported", sla),
                State.open("diteruskan", "Diteruskan ke bank, Dinas Sosial, koordinator bansos pangan atau operator "
                        + "data kelurahan", "Forwarded to the bank, the social office, the food-aid coordinator or "
                        + "the kelurahan's data operator", sla * 2),
                State.closed("selesai", "Selesai", "Resolved"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                Transition.of("teruskan", "dilaporkan", "diteruskan", Text.of("Teruskan", "Forward"), Role.TKSK),
                Transition.of("selesai", "dilaporkan", "selesai", Text.of("Selesai", "Resolve"), Role.TKSK),
                Transition.of("selesaikan", "diteruskan", "selesai", Text.of("Selesai", "Resolve"), Role.TKSK),
                reject("dilaporkan", Role.TKSK), reject("diteruskan", Role.TKSK)));
    }

    /**
     * Change of a recipient's condition: checked at home, then a change of holder, or a proposal to remove the
     * recipient that only Kemensos decides; the Dinas Sosial operator records that decision with its source.
     */
    static Workflow change(int sla) {
        return Workflow.of(CHANGE, "dilaporkan", List.of(
                State.open("dilaporkan", "Dilaporkan", "Reported", sla),
                State.open(VISITED, "Sudah dicek ke rumah", "Checked at home", sla),
                State.open(REMOVAL_PROPOSED, "Diusulkan keluar dari daftar penerima; bantuan tetap dibayar sampai "
                        + "ada keputusan Kementerian Sosial", "Proposed for removal from the list; aid goes on "
                        + "until the Ministry of Social Affairs decides", 0),
                State.closed(REMOVED, "Dikeluarkan dari daftar penerima (keputusan Kementerian Sosial)",
                        "Removed from the list (decision of the Ministry of Social Affairs)"),
                State.closed("ganti-pengurus", "Diusulkan ganti pengurus", "Change of holder proposed"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                Transition.of(VISIT, "dilaporkan", VISITED, Text.of("Catat hasil kunjungan rumah",
                        "Record the home visit"), Role.PSM, Role.KASI_KESOS, Role.TKSK).withNoteRequired(),
                Transition.of("retur", "diverifikasi", REMOVAL_PROPOSED, Text.of("Usulkan retur", "Propose retur"),
                        Role.TKSK).withNoteRequired(),
                Transition.of("keluarkan", REMOVAL_PROPOSED, REMOVED, Text.of("Catat keputusan Kemensos: "
                        + "dikeluarkan (tulis sumber dan tanggal)", "Record Kemensos' decision: removed (write the "
                        + "source and date)"), Role.DINSOS).withNoteRequired(),
                Transition.of("ganti-pengurus", "diverifikasi", "ganti-pengurus",
                        Text.of("Usulkan ganti pengurus", "Propose change of holder"), Role.TKSK),
                reject("dilaporkan", Role.TKSK), reject("diverifikasi", Role.TKSK),
                decidedAgainst(REMOVAL_PROPOSED)));
    }

    /**
     * Usul and sanggah: verified by the kelurahan, validated by the TKSK, forwarded to Dinas Sosial; Kemensos decides
     * through DTSEN (000:L4680-4688), so only the Dinas Sosial operator records the result, with its source.
     */
    static Workflow proposal(int sla) {
        return Workflow.of(PROPOSAL, "diajukan", List.of(
                State.open("diajukan", "Diajukan", "Submitted", sla),
                State.open(VISITED, "Diverifikasi kelurahan", "Verified by the kelurahan", sla),
                State.open("divalidasi", "Divalidasi TKSK", "Validated by the TKSK", sla),
                State.open("diteruskan", "Diteruskan ke Dinas Sosial; menunggu keputusan Kementerian Sosial",
                        "Forwarded to the social office; waiting for the Ministry of Social Affairs' decision", 0),
                State.closed("diterima", "Diterima (keputusan Kementerian Sosial)",
                        "Accepted (decision of the Ministry of Social Affairs)"),
                State.closed("ditolak", "Ditolak", "Rejected")), List.of(
                Transition.of(VISIT, "diajukan", VISITED, Text.of("Catat hasil kunjungan rumah",
                        "Record the home visit"), Role.PSM, Role.KASI_KESOS).withNoteRequired(),
                Transition.of("validasi", "diverifikasi", "divalidasi", Text.of("Validasi", "Validate"), Role.TKSK),
                Transition.of("teruskan", "divalidasi", "diteruskan", Text.of("Teruskan ke Dinas Sosial",
                        "Forward to the social office"), Role.TKSK),
                Transition.of("terima", "diteruskan", "diterima", Text.of("Catat keputusan Kemensos: diterima (tulis "
                        + "sumber, mis. hasil DTSEN/SIKS-NG, dan tanggal)", "Record Kemensos' decision: accepted "
                        + "(write the source, e.g. the DTSEN/SIKS-NG result, and date)"), Role.DINSOS)
                        .withNoteRequired(),
                reject("diajukan", Role.TKSK), reject("diverifikasi", Role.TKSK), reject("divalidasi", Role.TKSK),
                decidedAgainst("diteruskan")));
    }

    /** Complaints about a payment: followed up by the TKSK, then closed with what was done. */
    static Workflow complaint(int sla) {
        return Workflow.of(COMPLAINT, "diterima", List.of(
                State.open("diterima", "Pengaduan diterima", "Complaint received", sla),
                State.open("ditangani", "Sedang ditindaklanjuti TKSK", "Being followed up by the TKSK", sla),
                State.closed("selesai", "Selesai", "Resolved"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                Transition.of("tangani", "diterima", "ditangani", Text.of("Tangani", "Handle"), Role.TKSK),
                Transition.of("selesai", "ditangani", "selesai", Text.of("Selesai", "Resolve"), Role.TKSK)
                        .withNoteRequired(),
                reject("diterima", Role.TKSK), reject("ditangani", Role.TKSK)));
    }

    /** A pay-out at home (post office or bank agent) or a family member's collection for who cannot come. */
    static Workflow delivery(int sla) {
        return Workflow.of(DELIVERY, "diajukan", List.of(
                State.open("diajukan", "Diajukan", "Requested", sla),
                State.open("diatur", "Diatur dengan Kantor Pos, agen bank atau keluarga",
                        "Arranged with the post office, a bank agent or the family", sla),
                State.closed("diantar", "Bantuan sudah diterima", "Aid received"),
                State.closed("ditolak", "Tidak dapat diatur", "Cannot be arranged")), List.of(
                Transition.of("atur", "diajukan", "diatur", Text.of("Atur pembayaran", "Arrange the payment"),
                        Role.TKSK),
                Transition.of("diantar", "diatur", "diantar", Text.of("Bantuan sudah diterima", "Aid received"),
                        Role.TKSK, Role.PSM).withNoteRequired(),
                reject("diajukan", Role.TKSK), reject("diatur", Role.TKSK)));
    }

    private static Transition reject(String from, Role role) {
        return Transition.of("tolak", from, "ditolak", Text.of("Tolak", "Reject"), role).withNoteRequired();
    }

    /** Kemensos turned the proposal down: recorded by the Dinas Sosial operator, with the source in the note. */
    private static Transition decidedAgainst(String from) {
        return Transition.of("tolak", from, "ditolak", Text.of("Catat keputusan Kemensos: ditolak (tulis sumber dan "
                + "tanggal)", "Record Kemensos' decision: rejected (write the source and date)"), Role.DINSOS)
                .withNoteRequired();
    }
}
