package id.anjungan.module.rehabilitasi.internal;

import java.time.LocalDate;
import java.util.Set;

/**
 * A provincial panti rehabilitasi sosial and the places Dinsos Prov last reported free for referrals.
 *
 * @param categories the {@link Category} names it accepts
 * @param places places free for referrals, as reported
 * @param reportedOn the date of that report, or {@code null} when the line gives none
 */
record Panti(String id, String name, String location, Set<String> categories, int places, LocalDate reportedOn) {

    Panti {
        categories = Set.copyOf(categories);
    }

    /** The platform quota holding this panti's places. */
    String quotaKey() {
        return RehabilitasiCatalog.CODE + ":panti:" + id;
    }

    boolean accepts(String category) {
        return categories.contains(category);
    }
}
