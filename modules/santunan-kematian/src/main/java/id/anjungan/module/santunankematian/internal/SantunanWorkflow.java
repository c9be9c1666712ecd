package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Role;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * submitted → verified (Kasi Kesos: documents and DTSEN) → field-checked (PSM) → proposed (TKSK) → approved (Dinas
 * Sosial Kota) → paid. The route is 000:L3970-3982 (TKSK proposes through the Kasi Kesos, with the PSM); the DTSEN
 * check is Perwal Semarang 16/2019 and 31/2023 (the kelurahan verifies that the deceased was registered).
 */
final class SantunanWorkflow {

    static final String ID = "santunan";
    static final String SUBMITTED = "submitted";
    static final String VERIFIED = "verified";
    static final String FIELD_CHECKED = "field-checked";
    static final String PROPOSED = "proposed";
    static final String APPROVED = "approved";
    static final String PAID = "paid";
    static final String REJECTED = "rejected";
    static final String PAY = "pay";
    static final String REJECT = "reject";

    private SantunanWorkflow() {
    }

    static final String VERIFY = "verify";

    static Workflow build(int slaDays, String decider) {
        List<State> states = List.of(
                State.open(SUBMITTED, "Diajukan, menunggu verifikasi kelurahan", "Submitted, awaiting kelurahan check",
                        slaDays),
                State.open(VERIFIED, "Berkas dan data DTSEN sudah diperiksa Kasi Kesos, menunggu kunjungan PSM",
                        "Documents and DTSEN registration checked by the Kasi Kesos, awaiting the PSM's visit",
                        slaDays),
                State.open(FIELD_CHECKED, "Sudah dicek PSM, menunggu usulan TKSK",
                        "Checked by the PSM, awaiting the TKSK's proposal", slaDays),
                State.open(PROPOSED, "Diusulkan TKSK ke " + decider + ", menunggu keputusan",
                        "Proposed by the TKSK to " + decider + ", awaiting the decision", slaDays),
                State.open(APPROVED, "Disetujui " + decider + ", menunggu transfer",
                        "Approved by " + decider + ", awaiting the transfer", slaDays),
                State.closed(PAID, "Santunan sudah dibayarkan", "Benefit paid"),
                State.closed(REJECTED, "Tidak dapat diberikan", "Not granted"));
        List<Transition> steps = new ArrayList<>(List.of(
                // the note records the DTSEN check (SIKS-NG or the imported list), which the decision relies on
                Transition.of(VERIFY, SUBMITTED, VERIFIED, Text.of(
                        "Berkas lengkap dan keluarga terdaftar di DTSEN (tulis hasil cek SIKS-NG)",
                        "Documents complete and household registered in DTSEN (write the SIKS-NG result)"),
                        Role.KASI_KESOS).withNoteRequired(),
                Transition.of("field-check", VERIFIED, FIELD_CHECKED,
                        Text.of("Kunjungan lapangan selesai", "Field visit done"), Role.PSM),
                Transition.of("propose", FIELD_CHECKED, PROPOSED, Text.of("Usulkan ke " + decider,
                        "Propose to " + decider), Role.TKSK),
                Transition.of("approve", PROPOSED, APPROVED, Text.of("Setujui (keputusan " + decider + ")",
                        "Approve (decision of " + decider + ")"), Role.DINSOS),
                Transition.of(PAY, APPROVED, PAID, Text.of("Catat pembayaran", "Record payment"), Role.DINSOS)));
        // every stage may turn an application down, always with a reason the heir reads
        steps.add(reject(SUBMITTED, Role.KASI_KESOS));
        steps.add(reject(VERIFIED, Role.PSM));
        steps.add(reject(FIELD_CHECKED, Role.TKSK));
        steps.add(reject(PROPOSED, Role.DINSOS));
        return Workflow.of(ID, SUBMITTED, states, steps);
    }

    private static Transition reject(String from, Role role) {
        return Transition.of(REJECT, from, REJECTED, Text.of("Tolak (tulis alasan untuk ahli waris)",
                "Reject (write the reason for the heir)"), role).withNoteRequired();
    }
}
