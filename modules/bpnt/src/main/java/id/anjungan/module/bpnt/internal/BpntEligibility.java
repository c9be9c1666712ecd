package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Eligibility;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ScreeningAnswers;

/** The BPNT answer of the cross-program screener. */
final class BpntEligibility {

    private BpntEligibility() {
    }

    static Eligibility screen(ScreeningAnswers a) {
        if (a.receives(KpmLookup.PROGRAM)) {
            return Eligibility.of(Eligibility.Verdict.NOT_RELEVANT, null, Reason.of("already-kpm",
                    "Anda sudah menerima BPNT; lihat Cek status BPNT.", "You already receive BPNT; see Check status."));
        }
        if (a.receives(KpmLookup.EXCLUSIVE)) {
            return Eligibility.of(Eligibility.Verdict.UNLIKELY, null, KpmLookup.registeredForKjs());
        }
        if (!a.poorHousehold()) {
            return Eligibility.of(Eligibility.Verdict.UNLIKELY, null, Reason.of("not-poor",
                    "BPNT untuk keluarga miskin yang terdaftar di DTSEN (data kemiskinan nasional).",
                    "BPNT is for poor households registered in DTKS/DTSEN."));
        }
        Reason poor = Reason.of("poor-household", "Keluarga miskin dapat diusulkan untuk bantuan pangan BPNT.",
                "A poor household can be proposed for BPNT food assistance.");
        boolean vulnerable = a.age() >= DeliveryFlow.ELDERLY_AGE || a.chronicIllness()
                || a.disability() != id.anjungan.spi.Disability.NONE || a.neglected();
        return vulnerable
                ? Eligibility.of(Eligibility.Verdict.LIKELY, ProposalFlow.SERVICE, poor, Reason.of("priority",
                        "Lansia, sakit kronis atau disabilitas menjadi prioritas.",
                        "Elderly, chronically ill or disabled people are a priority."))
                : Eligibility.of(Eligibility.Verdict.POSSIBLE, ProposalFlow.SERVICE, poor);
    }
}
