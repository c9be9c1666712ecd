package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.PpksCategory;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import java.util.List;

/** A person with a NIK is recorded once a month; the platform's claim makes a second record name the first. */
final class PendataanRules {

    private PendataanRules() {
    }

    static Assessment assess(Submission s) {
        if (PpksCategory.ofCode(s.get("ppksCode")).isEmpty()) {
            return Assessment.refuse(Reason.of("unknown-ppks-code", "Kode PPKS tidak dikenal.",
                    "Unknown PPKS code."));
        }
        String month = s.get("recordedOn").substring(0, 7);
        Assessment accepted = Assessment.accept(List.of(), Text.of("Tercatat dalam pendataan PPKS bulan " + month
                + ". TKSK memverifikasi catatan ini.", "Recorded in the PPKS data of " + month
                + ". The TKSK verifies this record."));
        String nik = s.get("nik");
        return nik == null || nik.isBlank() ? accepted : accepted.claimOnce("ppks:" + nik + ":" + month);
    }
}
