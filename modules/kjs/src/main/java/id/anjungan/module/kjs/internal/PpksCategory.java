package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Choice;
import java.util.Arrays;
import java.util.List;

/** Who KJS is for: the main criteria, the extra replacement criteria, and what KJS does not cover. */
enum PpksCategory {
    DISABILITAS_MENTAL("Disabilitas mental", "Mental disability", Rule.MAIN),
    DISABILITAS_INTELEKTUAL("Disabilitas intelektual", "Intellectual disability", Rule.MAIN),
    DISABILITAS_FISIK_BERAT("Disabilitas fisik berat / terlantar", "Severe physical disability / neglected", Rule.MAIN),
    PENYAKIT_KRONIS("Penyakit kronis", "Chronic illness", Rule.REPLACEMENT),
    LANSIA_TERLANTAR("Lanjut usia terlantar", "Neglected elderly", Rule.REPLACEMENT),
    DISABILITAS_FISIK_RINGAN("Disabilitas fisik ringan", "Mild physical disability", Rule.NONE),
    DISABILITAS_SENSORIK("Disabilitas sensorik (netra, rungu, wicara)", "Sensory disability", Rule.NONE);

    /** When a category qualifies. */
    enum Rule { MAIN, REPLACEMENT, NONE }

    private final String id;
    private final String en;
    private final Rule rule;

    PpksCategory(String id, String en, Rule rule) {
        this.id = id;
        this.en = en;
        this.rule = rule;
    }

    Rule rule() {
        return rule;
    }

    String labelId() {
        return id;
    }

    static List<Choice> choices() {
        return Arrays.stream(values()).map(c -> Choice.of(c.name(), c.id, c.en)).toList();
    }
}
