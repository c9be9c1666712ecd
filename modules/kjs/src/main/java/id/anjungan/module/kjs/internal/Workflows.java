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
    /** Proposals and returs in this state had their home visit. */
    static final String VISITED = "diverifikasi";
    /** A retur checked at home and proposed: payment is held until the decision. */
    static final String RETUR_PROPOSED = "diusulkan";
    /** A decided retur (the state older cases closed in, when it meant "proposed"; the standing was written then). */
    static final String RETUR_DECIDED = "retur";
    /** The home-visit step; its note holds the findings. */
    static final String VISIT = "verifikasi";

    private Workflows() {
    }

    /**
     * Proposal: home visit with its findings, TKSK validation, forwarded to Dinas Sosial; the province decides
     * (000:L5168-5178), so only the social office records that decision, never the TKSK.
     */
    static Workflow proposal(int sla) {
        return Workflow.of(PROPOSAL, "diajukan", List.of(
                State.open("diajukan", "Diajukan", "Submitted", sla),
                State.open(VISITED, "Sudah dikunjungi ke rumah", "Home visit done", sla),
                State.open("divalidasi", "Divalidasi pendamping KJS", "Validated by the KJS pendamping", sla),
                State.open("diteruskan", "Diteruskan ke Dinas Sosial, menunggu keputusan Provinsi",
                        "Forwarded to the social office, awaiting the province's decision", 0),
                State.closed("diterima", "Diterima Provinsi sebagai penerima KJS",
                        "Accepted by the province as a KJS recipient"),
                State.closed("ditolak", "Tidak diterima", "Not accepted")), List.of(
                visit("diajukan"),
                Transition.of("validasi", VISITED, "divalidasi", Text.of("Validasi", "Validate"), Role.TKSK),
                Transition.of("teruskan", "divalidasi", "diteruskan", Text.of("Teruskan ke Dinas Sosial",
                        "Forward to the social office"), Role.TKSK),
                Transition.of("terima", "diteruskan", "diterima", Text.of("Catat keputusan Provinsi: diterima",
                        "Record the province's decision: accepted"), Role.DINSOS).withNoteRequired(),
                Transition.of("tolak", "diteruskan", "ditolak", Text.of("Catat keputusan Provinsi: tidak diterima",
                        "Record the province's decision: not accepted"), Role.DINSOS).withNoteRequired(),
                reject("diajukan"), reject(VISITED), reject("divalidasi")));
    }

    /**
     * Retur: checked at home, proposed by the pendamping (with the replacement, if any), decided by the social office.
     * Payment is held once a checked retur is proposed and stops when it is decided, not when it is reported.
     */
    static Workflow retur(int sla) {
        return Workflow.of(RETUR, "dilaporkan", List.of(
                State.open("dilaporkan", "Dilaporkan", "Reported", sla),
                State.open(VISITED, "Sudah dikunjungi ke rumah", "Home visit done", sla),
                State.open(RETUR_PROPOSED, "Diusulkan ke Dinas Sosial untuk dikeluarkan dari daftar KJS; pencairan "
                        + "ditahan", "Proposed to the social office for removal from the KJS list; payment held", sla),
                State.closed(RETUR_DECIDED, "Dikeluarkan dari daftar KJS; pencairan dihentikan",
                        "Removed from the KJS list; payment stopped"),
                State.closed("dibatalkan", "Tidak dikeluarkan; tetap penerima KJS",
                        "Not removed; still a KJS recipient"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                visit("dilaporkan"),
                Transition.of("usulkan", VISITED, RETUR_PROPOSED, Text.of("Usulkan ke Dinas Sosial",
                        "Propose to the social office"), Role.TKSK).withNoteRequired(),
                Transition.of("retur", RETUR_PROPOSED, RETUR_DECIDED, Text.of("Catat keputusan: dikeluarkan dari "
                        + "daftar", "Record the decision: removed from the list"), Role.DINSOS).withNoteRequired(),
                Transition.of("batal", RETUR_PROPOSED, "dibatalkan", Text.of("Catat keputusan: tetap penerima",
                        "Record the decision: stays a recipient"), Role.DINSOS).withNoteRequired(),
                reject("dilaporkan"), reject(VISITED)));
    }

    /** Card lost, damaged or not printed: disbursed by account number until the card is in hand. */
    static Workflow card(int sla) {
        return Workflow.of(CARD, "dilaporkan", List.of(
                State.open("dilaporkan", "Dilaporkan", "Reported", sla),
                State.open(ACCOUNT_PATH, "Dicairkan tanpa kartu, dengan nomor rekening, sampai kartu ada",
                        "Disbursed with the account number until the card is available", 0),
                State.closed("selesai", "Kartu sudah diterima", "Card received"),
                State.closed("ditolak", "Tidak dapat diproses", "Cannot be processed")), List.of(
                Transition.of("jalur-rekening", "dilaporkan", ACCOUNT_PATH, Text.of("Pencairan tanpa kartu (dengan "
                        + "nomor rekening)", "Disbursement without the card (with the account number)"), Role.TKSK),
                Transition.of("kartu-diterima", ACCOUNT_PATH, "selesai", Text.of("Kartu sudah diterima",
                        "Card received"), Role.TKSK),
                reject("dilaporkan")));
    }

    /** The home visit: a PSM, Kasi Kesos or TKSK writes what they found (a bare click is not a visit). */
    private static Transition visit(String from) {
        return Transition.of(VISIT, from, VISITED, Text.of("Catat hasil kunjungan rumah", "Record the home visit"),
                Role.PSM, Role.KASI_KESOS, Role.TKSK).withNoteRequired();
    }

    private static Transition reject(String from) {
        return Transition.of("tolak", from, "ditolak", Text.of("Tolak", "Reject"), Role.TKSK).withNoteRequired();
    }
}
