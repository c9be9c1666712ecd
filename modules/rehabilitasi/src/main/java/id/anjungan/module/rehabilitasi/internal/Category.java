package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Choice;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who the TKSK serves (PROGRAMS.md: PGOT, neglected children and elderly, disabilities, ODGJ without family). */
enum Category {
    PGOT("Pengemis, gelandangan, orang terlantar", "Beggar, homeless or neglected person"),
    ANAK("Anak terlantar atau anak jalanan", "Neglected or street child"),
    LANSIA("Lansia terlantar", "Neglected elderly person"),
    DISABILITAS("Penyandang disabilitas terlantar", "Neglected person with a disability"),
    ODGJ("Orang dengan gangguan jiwa tanpa keluarga", "Person with mental illness and no family");

    final String id;
    final String en;

    Category(String id, String en) {
        this.id = id;
        this.en = en;
    }

    static Set<String> names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.toSet());
    }

    static List<Choice> choices() {
        return Arrays.stream(values()).map(c -> Choice.of(c.name(), c.id, c.en)).toList();
    }
}
