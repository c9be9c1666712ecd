package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Role;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.util.List;

/** KJS case workflows; the TKSK is the appointed pendamping. */
final class Workflows {

    static final String PROPOSAL = "usul-kjs";
    static final String RETUR = "retur";
    static final String CARD = "kartu-kjs";
    /** Card cases in this state are disbursed with the account number instead of the card. */
    static final String ACCOUNT_PATH = "jalur-rekening";

    private Workflows() {
    }

    /** Screening proposal: home visit, TKSK validation, forwarded to Dinas Sosial, decided by the province. */
    static Workflow proposal(int sla) {
        return new Workflow(PROPOSAL, "diajukan", List.of(
                State.open("diajukan", "Diajukan", "Submitted", sla),
                State.open("diverifikasi", "Dicek ke rumah", "Checked at home", sla),
                State.open("divalidasi", "Divalidasi pendamping KJS", "Validated by the KJS pendamping", sla),
                State.open("diteruskan", "Diteruskan ke Dinas Sosial", "Forwarded to the social office", 0),
                State.closed("diterima", "Diterima sebagai penerima KJS", "Accepted as a KJS recipient"),
                State.closed("ditolak", "Ditolak", "Rejected")), List.of(
                Transition.of("verifikasi", "diajukan", "diverifikasi", Text.of("Sudah dicek", "Verified"),
                        Role.PSM, Role.KASI_KESOS, Role.TKSK),
                Transition.of("validasi", "diverifikasi", "divalidasi", Text.of("Validasi", "Validate"), Role.TKSK),
                Transition.of("teruskan", "divalidasi", "diteruskan", Text.of("Teruskan ke Dinas Sosial",
                        "Forward to the social office"), Role.TKSK),
                Transition.of("terima", "diteruskan", "diterima", Text.of("Diterima", "Accepted"), Role.TKSK,
                        Role.DINSOS),
                reject("diajukan"), reject("diverifikasi"), reject("divalidasi"), reject("diteruskan")));
    }

    /** Retur: checked, then proposed by the pendamping (with the replacement, if any). */
    static Workflow retur(int sla) {
        return new Workflow(RETUR, "dilaporkan", List.of(
                State.open("dilaporkan", "Dilaporkan", "Reported", sla),
                State.open("diverifikasi", "Dicek ke rumah", "Checked at home", sla),
                State.closed("retur", "Retur diusulkan ke Dinas Sosial", "Retur proposed to the social office"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                Transition.of("verifikasi", "dilaporkan", "diverifikasi", Text.of("Sudah dicek", "Verified"),
                        Role.PSM, Role.KASI_KESOS, Role.TKSK),
                Transition.of("retur", "diverifikasi", "retur", Text.of("Usulkan retur", "Propose retur"), Role.TKSK)
                        .withNoteRequired(),
                reject("dilaporkan"), reject("diverifikasi")));
    }

    /** Card lost, damaged or not printed: disbursed by account number until the card is in hand. */
    static Workflow card(int sla) {
        return new Workflow(CARD, "dilaporkan", List.of(
                State.open("dilaporkan", "Dilaporkan", "Reported", sla),
                State.open(ACCOUNT_PATH, "Dicairkan dengan nomor rekening sampai kartu ada",
                        "Disbursed with the account number until the card is available", 0),
                State.closed("selesai", "Kartu sudah diterima", "Card received"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                Transition.of("jalur-rekening", "dilaporkan", ACCOUNT_PATH, Text.of("Catat jalur nomor rekening",
                        "Record the account-number path"), Role.TKSK),
                Transition.of("kartu-diterima", ACCOUNT_PATH, "selesai", Text.of("Kartu sudah diterima",
                        "Card received"), Role.TKSK),
                reject("dilaporkan")));
    }

    private static Transition reject(String from) {
        return Transition.of("tolak", from, "ditolak", Text.of("Tolak", "Reject"), Role.TKSK).withNoteRequired();
    }
}
