package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Role;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.util.ArrayList;
import java.util.List;

/** submitted → verified (Kasi Kesos) → field-checked (PSM) → proposed (TKSK) → approved (Dinas Sosial) → paid. */
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

    static Workflow build(int slaDays) {
        List<State> states = List.of(
                State.open(SUBMITTED, "Diajukan, menunggu verifikasi kelurahan", "Submitted, awaiting kelurahan check",
                        slaDays),
                State.open(VERIFIED, "Diverifikasi Kasi Kesos, menunggu kunjungan PSM",
                        "Verified by the Kasi Kesos, awaiting the PSM's visit", slaDays),
                State.open(FIELD_CHECKED, "Sudah dicek PSM, menunggu usulan TKSK",
                        "Checked by the PSM, awaiting the TKSK's proposal", slaDays),
                State.open(PROPOSED, "Diusulkan TKSK ke Dinas Sosial", "Proposed by the TKSK to Dinas Sosial", slaDays),
                State.open(APPROVED, "Disetujui Dinas Sosial, menunggu pembayaran",
                        "Approved by Dinas Sosial, awaiting payment", slaDays),
                State.closed(PAID, "Santunan sudah dibayarkan", "Benefit paid"),
                State.closed(REJECTED, "Tidak dapat diberikan", "Not granted"));
        List<Transition> steps = new ArrayList<>(List.of(
                Transition.of("verify", SUBMITTED, VERIFIED, Text.of("Verifikasi berkas", "Verify documents"),
                        Role.KASI_KESOS),
                Transition.of("field-check", VERIFIED, FIELD_CHECKED,
                        Text.of("Kunjungan lapangan selesai", "Field visit done"), Role.PSM),
                Transition.of("propose", FIELD_CHECKED, PROPOSED, Text.of("Usulkan ke Dinas Sosial",
                        "Propose to Dinas Sosial"), Role.TKSK),
                Transition.of("approve", PROPOSED, APPROVED, Text.of("Setujui", "Approve"), Role.DINSOS),
                Transition.of(PAY, APPROVED, PAID, Text.of("Catat pembayaran", "Record payment"), Role.DINSOS)));
        // every stage may turn an application down, always with a reason the heir reads
        steps.add(reject(SUBMITTED, Role.KASI_KESOS));
        steps.add(reject(VERIFIED, Role.PSM));
        steps.add(reject(FIELD_CHECKED, Role.TKSK));
        steps.add(reject(PROPOSED, Role.DINSOS));
        return new Workflow(ID, SUBMITTED, states, steps);
    }

    private static Transition reject(String from, Role role) {
        return Transition.of(REJECT, from, REJECTED, Text.of("Tolak (tulis alasan untuk ahli waris)",
                "Reject (write the reason for the heir)"), role).withNoteRequired();
    }
}
