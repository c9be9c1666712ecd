package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.Optional;

/**
 * What the receipt tells the heir to do next. It promises no money: the kelurahan verifies DTSEN registration and the
 * city's Dinas Sosial decides (Perwal Semarang 16/2019, 31/2023).
 */
final class NextSteps {

    private NextSteps() {
    }

    static Text of(SantunanConfig config, String decider, Optional<RecipientRecord> evidence) {
        String dtsenId = "";
        String dtsenEn = "";
        if (config.dtsenRequired()) {
            dtsenId = evidence.map(r -> " Keluarga almarhum/almarhumah tercatat di daftar " + r.program() + " periode "
                            + r.period() + " (data DTSEN); Kasi Kesos tetap memeriksanya.")
                    .orElse(" Kasi Kesos memeriksa apakah keluarga almarhum/almarhumah terdaftar di DTSEN (dulu "
                            + "DTKS); bila tidak terdaftar, santunan tidak dapat diberikan.");
            dtsenEn = evidence.map(r -> " The deceased's household is on the " + r.program() + " list of period "
                            + r.period() + " (DTSEN data); the Kasi Kesos still checks it.")
                    .orElse(" The Kasi Kesos checks whether the deceased's household is registered in DTSEN "
                            + "(formerly DTKS); if it is not, the benefit cannot be granted.");
        }
        return Text.of("Bawa dokumen asli ke " + config.office() + " dalam " + config.slaDays() + " hari." + dtsenId
                        + " PSM berkunjung ke rumah, TKSK mengusulkan ke " + decider + ", dan " + decider
                        + " memutuskan. Bila disetujui, santunan " + Text.rupiah(config.amount())
                        + " ditransfer ke rekening ahli waris. Simpan nomor tanda terima untuk mengecek perkembangan.",
                "Bring the original documents to the " + config.office() + " within " + config.slaDays() + " days."
                        + dtsenEn + " A PSM visits your home, the TKSK proposes the case to " + decider + ", and "
                        + decider + " decides. When approved, " + Text.rupiah(config.amount())
                        + " is transferred to the heir's account. Keep the receipt number to follow the application.");
    }
}
