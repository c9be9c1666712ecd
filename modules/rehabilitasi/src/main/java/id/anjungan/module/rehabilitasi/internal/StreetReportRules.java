package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import java.util.Arrays;
import java.util.List;

/**
 * A street report is always taken; an emergency shows the ambulance and hospital at once. A person found across the
 * kecamatan border is forwarded by the TKSK to that kecamatan's TKSK or Dinsos, not turned away.
 */
final class StreetReportRules {

    /** The kelurahan answer for a place outside this kecamatan. */
    static final String ELSEWHERE = "LUAR_KECAMATAN";

    private final RehabilitasiConfig config;

    StreetReportRules(RehabilitasiConfig config) {
        this.config = config;
    }

    Assessment assess(Submission s) {
        boolean outside = Arrays.stream(config.kelurahan()).noneMatch(k -> k.equalsIgnoreCase(s.get("kelurahan")));
        String urgency = s.get("urgency");
        boolean emergency = "DARURAT".equals(urgency);
        boolean medical = "MEDIS".equals(s.get("needs"));
        String days = config.reportSlaDays() + " hari";
        Text handled = outside
                ? Text.of("Tempat itu di luar kecamatan ini. Petugas sosial kecamatan (TKSK) meneruskan laporan ke "
                        + "petugas sosial kecamatan tersebut atau " + config.dinsosName() + " paling lambat " + days
                        + ".", "That place is outside this kecamatan. The kecamatan's social welfare worker (TKSK) "
                        + "forwards the report to that kecamatan's worker or " + config.dinsosName() + " within "
                        + config.reportSlaDays() + " day(s).")
                : Text.of("Laporan diteruskan ke petugas sosial kecamatan (TKSK) dan ditanggapi paling lambat " + days
                        + ".", "The report goes to the kecamatan's social welfare worker (TKSK), who responds within "
                        + config.reportSlaDays() + " day(s).");
        Text next;
        if (emergency || medical) {
            next = Text.of((emergency ? "DARURAT: telepon sekarang " : "Bila kondisinya memburuk, telepon ")
                            + config.ambulanceName() + " di " + config.ambulancePhone() + ". Rumah sakit rujukan: "
                            + config.hospitalName() + ", " + config.hospitalPhone() + ". " + handled.id(),
                    (emergency ? "EMERGENCY: call " : "If the condition gets worse, call ") + config.ambulanceName()
                            + " on " + config.ambulancePhone() + ". Referral hospital: " + config.hospitalName()
                            + ", " + config.hospitalPhone() + ". " + handled.en());
        } else {
            next = Text.of(handled.id() + " Jangan memindahkan orang tersebut sendiri; bila bisa, temani sampai "
                            + "petugas datang.",
                    handled.en() + " Do not move the person yourself; if you can, stay until help arrives.");
        }
        return Assessment.accept(List.of(), next).inCategory(emergency ? "DARURAT" : urgency);
    }
}
