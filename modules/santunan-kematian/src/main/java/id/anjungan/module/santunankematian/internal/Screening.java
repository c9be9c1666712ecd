package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Eligibility;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ScreeningAnswers;
import id.anjungan.spi.Text;

/**
 * The screener's verdict. Never LIKELY: that would promise money, while residency, DTSEN registration (Perwal
 * Semarang 16/2019, 31/2023) and earlier claims are checked only when the heir applies.
 */
final class Screening {

    private Screening() {
    }

    static Eligibility of(ScreeningAnswers answers, SantunanConfig config, String decider) {
        if (!answers.recentDeath()) {
            return Eligibility.notRelevant();
        }
        String deadlineId = config.deadlineDays() > 0
                ? " Ajukan paling lambat " + config.deadlineDays() + " hari setelah meninggal." : "";
        String deadlineEn = config.deadlineDays() > 0
                ? " Apply within " + config.deadlineDays() + " days of the death." : "";
        if (config.dtsenRequired() && !answers.poorHousehold()) {
            return Eligibility.of(Eligibility.Verdict.UNLIKELY, SantunanDescriptor.APPLY, Reason.of("not-in-dtsen",
                    "Santunan kematian dari Pemerintah Kota hanya untuk keluarga miskin yang terdaftar di DTSEN "
                            + "(dulu DTKS). Bila keluarga Anda terdaftar, Anda tetap dapat mengajukan.",
                    "The city's death benefit is only for poor households registered in DTSEN (formerly DTKS). "
                            + "If your household is registered, you may still apply."));
        }
        return Eligibility.of(Eligibility.Verdict.POSSIBLE, SantunanDescriptor.APPLY, Reason.of("recent-death",
                (config.dtsenRequired()
                        ? "Bila almarhum/almarhumah warga kota dan keluarganya terdaftar di DTSEN (dulu DTKS), "
                        : "Bila almarhum/almarhumah warga kota, ")
                        + "ahli waris dapat mengajukan santunan kematian " + Text.rupiah(config.amount())
                        + ". Keputusan ada pada " + decider + "." + deadlineId,
                (config.dtsenRequired()
                        ? "If the deceased was a city resident and the household is registered in DTSEN (formerly "
                                + "DTKS), "
                        : "If the deceased was a city resident, ")
                        + "the heir may apply for the death benefit of " + Text.rupiah(config.amount())
                        + ". " + decider + " decides." + deadlineEn));
    }
}
