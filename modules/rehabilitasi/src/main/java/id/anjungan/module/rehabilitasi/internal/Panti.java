package id.anjungan.module.rehabilitasi.internal;

import java.util.Set;

/**
 * A panti rehabilitasi sosial and the places it keeps for this kecamatan.
 *
 * @param categories the {@link Category} names it accepts
 */
record Panti(String id, String name, String location, Set<String> categories, int quota) {

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
