package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Reason;
import java.util.ArrayList;
import java.util.List;

/** Who a panti may take: its categories, ODGJ only once declared recovered, never someone whose family was found. */
final class PlacementRules {

    private PlacementRules() {
    }

    static List<Reason> check(Panti panti, String category, boolean declaredRecovered, boolean familyFound) {
        List<Reason> reasons = new ArrayList<>();
        if (!panti.accepts(category)) {
            reasons.add(Reason.of("category-not-accepted",
                    panti.name() + " tidak menerima kategori "
                            + Category.valueOf(category).id.toLowerCase(java.util.Locale.ROOT) + ".",
                    panti.name() + " does not accept: "
                            + Category.valueOf(category).en.toLowerCase(java.util.Locale.ROOT) + "."));
        }
        if (Category.ODGJ.name().equals(category) && !declaredRecovered) {
            reasons.add(Reason.of("not-declared-recovered",
                    "Orang dengan gangguan jiwa ditempatkan setelah rumah sakit jiwa menyatakannya sembuh atau stabil.",
                    "A person with mental illness is placed once the mental hospital declares them recovered or "
                            + "stable."));
        }
        if (familyFound) {
            reasons.add(Reason.of("family-found", "Keluarganya sudah ditemukan: pulangkan ke keluarga dan dampingi.",
                    "The family has been found: return the person to them and accompany them."));
        }
        return reasons;
    }
}
