package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Disability;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ScreeningAnswers;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The KJS answer of the cross-program screener, on the same criteria as a proposal. */
final class KjsEligibility {

    private final Criteria criteria;

    KjsEligibility(Criteria criteria) {
        this.criteria = criteria;
    }

    Eligibility screen(ScreeningAnswers a) {
        if (a.receives(Recipients.PROGRAM)) {
            return Eligibility.of(Eligibility.Verdict.NOT_RELEVANT, null, Reason.of("already-kjs",
                    "Anda sudah menerima KJS; lihat Cek status KJS.", "You already receive KJS; see Check status."));
        }
        if (a.disability() == Disability.NONE && !a.chronicIllness() && !a.neglected()) {
            return Eligibility.notRelevant();
        }
        PpksCategory category = categoryOf(a);
        Set<String> aid = a.currentAid();
        List<Reason> asNew = criteria.refusals(new Criteria.Candidate(category, a.neglected(), false,
                OptionalInt.of(a.age()), aid));
        if (asNew.isEmpty()) {
            return Eligibility.of(Eligibility.Verdict.LIKELY, ProposalFlow.SERVICE, Reason.of("kjs-criteria",
                    "Disabilitas berat tanpa bantuan pusat termasuk kriteria KJS.",
                    "A severe disability without central aid meets the KJS criteria."));
        }
        List<Reason> asReplacement = criteria.refusals(new Criteria.Candidate(category, a.neglected(), true,
                OptionalInt.of(a.age()), aid));
        if (asReplacement.isEmpty()) {
            return Eligibility.of(Eligibility.Verdict.POSSIBLE, ProposalFlow.SERVICE, Reason.of("kjs-replacement",
                    "Dapat diusulkan sebagai pengganti bila ada penerima KJS yang diretur.",
                    "Can be proposed as a replacement when a KJS recipient is removed (retur)."));
        }
        return new Eligibility(Eligibility.Verdict.UNLIKELY, asReplacement, null);
    }

    /** The screener's answers mapped to the closest KJS category. */
    static PpksCategory categoryOf(ScreeningAnswers a) {
        Disability d = a.disability();
        return switch (d) {
            case MENTAL -> PpksCategory.DISABILITAS_MENTAL;
            case INTELLECTUAL -> PpksCategory.DISABILITAS_INTELEKTUAL;
            case SEVERE_PHYSICAL -> PpksCategory.DISABILITAS_FISIK_BERAT;
            case SENSORY -> PpksCategory.DISABILITAS_SENSORIK;
            case PHYSICAL -> a.chronicIllness() ? PpksCategory.PENYAKIT_KRONIS : PpksCategory.DISABILITAS_FISIK_RINGAN;
            case NONE -> a.chronicIllness() ? PpksCategory.PENYAKIT_KRONIS : PpksCategory.LANSIA_TERLANTAR;
        };
    }
}
