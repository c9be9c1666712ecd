package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Choice;
import java.util.Arrays;
import java.util.List;

/**
 * Who KJS is for. Every covered category is a main criterion: seed 000 lists disabilities "seperti" (an example list,
 * 000:L4912-4916), says people with severe health problems are accompanied to KJS (000:L4023-4025) and names chronic
 * illness and neglected elderly among the criteria for replacements (000:L4009-4011); with a fixed quota every new
 * recipient enters as a replacement anyway, so no category is "replacement only".
 */
enum PpksCategory {
    DISABILITAS_MENTAL("Disabilitas mental", "Mental disability", Rule.MAIN),
    DISABILITAS_INTELEKTUAL("Disabilitas intelektual", "Intellectual disability", Rule.MAIN),
    DISABILITAS_FISIK_BERAT("Disabilitas fisik berat", "Severe physical disability", Rule.MAIN),
    PENYAKIT_KRONIS("Sakit menahun (TBC, stroke, kanker, gagal ginjal, paru)",
            "Chronic illness (TB, stroke, cancer, kidney failure, lung disease)", Rule.MAIN),
    LANSIA_TERLANTAR("Lanjut usia terlantar yang tidak produktif", "Neglected elderly who can no longer work",
            Rule.MAIN),
    DISABILITAS_FISIK_RINGAN("Disabilitas fisik ringan", "Mild physical disability", Rule.NONE),
    DISABILITAS_SENSORIK("Disabilitas sensorik (netra, rungu, wicara)", "Sensory disability", Rule.NONE);

    /** When a category qualifies. */
    enum Rule { MAIN, NONE }

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

    String labelEn() {
        return en;
    }

    static List<Choice> choices() {
        return Arrays.stream(values()).map(c -> Choice.of(c.name(), c.id, c.en)).toList();
    }
}
