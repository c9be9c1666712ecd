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
        List<Reason> refusals = criteria.refusals(new Criteria.Candidate(category, a.neglected(),
                OptionalInt.of(a.age()), aid));
        if (refusals.isEmpty()) {
            return Eligibility.of(Eligibility.Verdict.LIKELY, ProposalFlow.SERVICE, Reason.of("kjs-criteria",
                    "Termasuk kriteria KJS. Kuota KJS tetap: usulan masuk daftar prioritas dan diajukan sebagai "
                            + "pengganti bila ada penerima yang keluar dari daftar.",
                    "Meets the KJS criteria. The KJS quota is fixed: the proposal joins the priority list and is put "
                            + "forward as a replacement when a recipient leaves the list."));
        }
        return Eligibility.of(Eligibility.Verdict.UNLIKELY, null, refusals);
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
