package id.anjungan.host.identity.control;

import id.anjungan.spi.Text;
import id.anjungan.spi.platform.Resident;

/** What a recorded standing (retur reason) means, in words for residents and staff. */
public final class Standings {

    private Standings() {
    }

    /** "telah meninggal dunia" / "has died", to follow "this person". */
    public static Text of(Resident.Standing standing) {
        return switch (standing) {
            case DECEASED -> Text.of("telah meninggal dunia", "has died");
            case MOVED -> Text.of("telah pindah domisili", "has moved away");
            case DECLARED_ABLE -> Text.of("telah dinyatakan mampu", "was declared able");
            case ACTIVE -> Text.of("aktif", "is active");
        };
    }

    /**
     * The note every program's status answer carries for a person no longer entitled: whatever a list still says, no
     * program pays them, and a mistaken record is corrected at the kelurahan.
     */
    public static Text statusNote(Resident.Standing standing) {
        Text what = of(standing);
        return Text.of("Menurut catatan kelurahan, orang ini " + what.id() + ", sehingga tidak ada bantuan yang "
                        + "dibayarkan lagi kepadanya. Jika catatan ini keliru, silakan sampaikan kepada petugas kelurahan.",
                "The kelurahan has recorded that this person " + what.en() + ", so no aid is paid to them any more. If "
                        + "this record is wrong, please tell the kelurahan staff.");
    }
}
