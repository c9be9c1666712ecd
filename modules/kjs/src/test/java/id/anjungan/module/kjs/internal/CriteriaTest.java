package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.Reason;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriteriaTest {

    private final Criteria criteria = new Criteria(60);

    /** Chronic illness and neglected elderly are main criteria (000:L4009-4011, L4023-4025), not replacement-only. */
    @ParameterizedTest(name = "{0} neglected={1} age={2} aid={3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "DISABILITAS_MENTAL|false|40|-|-",
        "DISABILITAS_INTELEKTUAL|false|12|-|-",
        "DISABILITAS_FISIK_BERAT|true|55|-|-",
        "DISABILITAS_FISIK_BERAT|false|55|-|-",
        "DISABILITAS_MENTAL|false|40|BPNT|central-aid-bpnt",
        "DISABILITAS_MENTAL|false|40|PKH|central-aid-pkh",
        "DISABILITAS_MENTAL|false|40|BPNT PKH|central-aid-bpnt central-aid-pkh",
        "DISABILITAS_MENTAL|false|40|KJS|already-kjs",
        "DISABILITAS_MENTAL|false|40|CPP|-",
        "PENYAKIT_KRONIS|false|50|-|-",
        "PENYAKIT_KRONIS|false|50|BPNT|central-aid-bpnt",
        "LANSIA_TERLANTAR|true|72|-|-",
        "LANSIA_TERLANTAR|false|72|-|not-neglected",
        "LANSIA_TERLANTAR|true|59|-|not-elderly",
        "LANSIA_TERLANTAR|true|60|-|-",
        "LANSIA_TERLANTAR|true|-1|-|-",
        "LANSIA_TERLANTAR|false|45|PKH|central-aid-pkh not-neglected not-elderly",
        "DISABILITAS_FISIK_RINGAN|true|40|-|category-not-covered",
        "DISABILITAS_SENSORIK|false|40|-|category-not-covered"})
    void screeningCriteria(PpksCategory category, boolean neglected, int age, String aid, String expected) {
        Set<String> programs = aid == null ? Set.of() : Set.of(aid.split(" "));
        var refusals = criteria.refusals(new Criteria.Candidate(category, neglected,
                age < 0 ? OptionalInt.empty() : OptionalInt.of(age), programs));
        Set<String> codes = refusals.stream().map(Reason::code).collect(Collectors.toSet());
        assertEquals(expected == null ? Set.of() : Set.copyOf(Arrays.asList(expected.split(" "))), codes);
        refusals.forEach(r -> assertEquals(false, r.message().id().equals(r.message().en()), r.code()));
    }
}
