package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Choice;
import id.anjungan.spi.PpksCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who the TKSK places (PROGRAMS.md: PGOT, neglected children and elderly, disabilities, ODGJ without family), each
 * with the codes of the shared PPKS register it covers (seed 000's a–z list, 000:L3448-3680).
 */
enum Category {
    PGOT("Pengemis, gelandangan, orang terlantar", "Beggar, homeless or neglected person",
            PpksCategory.GELANDANGAN, PpksCategory.PENGEMIS),
    ANAK("Anak terlantar atau anak jalanan", "Neglected or street child",
            PpksCategory.ANAK_BALITA_TERLANTAR, PpksCategory.ANAK_TERLANTAR, PpksCategory.ANAK_JALANAN),
    LANSIA("Lansia terlantar", "Neglected elderly person", PpksCategory.LANJUT_USIA_TERLANTAR),
    DISABILITAS("Penyandang disabilitas terlantar", "Neglected person with a disability",
            PpksCategory.DISABILITAS_FISIK, PpksCategory.DISABILITAS_SENSORIK, PpksCategory.DISABILITAS_INTELEKTUAL),
    ODGJ("Orang dengan gangguan jiwa tanpa keluarga", "Person with a mental illness and no family",
            PpksCategory.DISABILITAS_MENTAL);

    final String id;
    final String en;
    private final Set<PpksCategory> ppks;

    Category(String id, String en, PpksCategory... ppks) {
        this.id = id;
        this.en = en;
        this.ppks = Set.of(ppks);
    }

    /** The register's codes this placement category covers. */
    Set<PpksCategory> ppks() {
        return ppks;
    }

    /** The placement category of a register code, if the TKSK places people of that code. */
    static Optional<Category> of(PpksCategory code) {
        return Arrays.stream(values()).filter(c -> c.ppks.contains(code)).findFirst();
    }

    static Set<String> names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.toSet());
    }

    static List<Choice> choices() {
        return Arrays.stream(values()).map(c -> Choice.of(c.name(), c.id, c.en)).toList();
    }
}
