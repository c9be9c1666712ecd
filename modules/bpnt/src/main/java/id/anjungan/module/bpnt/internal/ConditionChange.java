package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Choice;
import id.anjungan.spi.platform.Resident;
import java.util.Arrays;
import java.util.List;

/** A change in a KPM household during the year, and what it does to the KPM's standing once its removal or change of holder is decided. */
enum ConditionChange {
    MENINGGAL_ADA_KELUARGA("Pemegang KKS meninggal, masih ada anggota keluarga di KK",
            "The holder died, family members remain in the KK", Resident.Standing.DECEASED),
    MENINGGAL_TANPA_KELUARGA("Pemegang KKS meninggal, tidak ada keluarga lagi di KK",
            "The holder died, no family left in the KK", Resident.Standing.DECEASED),
    PINDAH("Penerima pindah tempat tinggal", "The recipient moved away", Resident.Standing.MOVED),
    PISAH("Kepala keluarga berpisah dengan pasangan", "Head of family separated from the spouse", null),
    MAMPU("Penerima sudah mampu", "The recipient is now able to support themselves", Resident.Standing.DECLARED_ABLE);

    private final String id;
    private final String en;
    private final Resident.Standing standing;

    ConditionChange(String id, String en, Resident.Standing standing) {
        this.id = id;
        this.en = en;
        this.standing = standing;
    }

    /** The holder's standing after retur, or {@code null} when the holder stays entitled. */
    Resident.Standing standing() {
        return standing;
    }

    static List<Choice> choices() {
        return Arrays.stream(values()).map(c -> Choice.of(c.name(), c.id, c.en)).toList();
    }
}
