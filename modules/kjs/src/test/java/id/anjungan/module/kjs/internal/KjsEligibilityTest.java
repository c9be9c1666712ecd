package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.Disability;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.ScreeningAnswers;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KjsEligibilityTest {

    @ParameterizedTest(name = "age {0} {1} chronic={2} neglected={3} aid={4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "35|MENTAL|false|false|-|LIKELY|skrining-usul",
        "20|INTELLECTUAL|false|false|-|LIKELY|skrining-usul",
        "50|SEVERE_PHYSICAL|false|true|-|LIKELY|skrining-usul",
        "35|MENTAL|false|false|BPNT|UNLIKELY|-",
        "35|MENTAL|false|false|PKH|UNLIKELY|-",
        "35|MENTAL|false|false|KJS|NOT_RELEVANT|-",
        "50|NONE|true|false|-|LIKELY|skrining-usul",
        "50|PHYSICAL|true|false|-|LIKELY|skrining-usul",
        "75|NONE|false|true|-|LIKELY|skrining-usul",
        "50|NONE|true|false|BPNT|UNLIKELY|-",
        "50|NONE|false|true|-|UNLIKELY|-",
        "40|SENSORY|false|false|-|UNLIKELY|-",
        "40|PHYSICAL|false|false|-|UNLIKELY|-",
        "40|NONE|false|false|-|NOT_RELEVANT|-"})
    void screenerUsesTheKjsCriteriaAndExclusivity(int age, Disability disability, boolean chronic, boolean neglected,
                                                  String aid, Eligibility.Verdict verdict, String service) {
        Eligibility e = new Fixture().program.screen(new ScreeningAnswers(age, disability, chronic, neglected, true,
                aid == null ? Set.of() : Set.of(aid), false, false, false));
        assertEquals(verdict, e.verdict());
        assertEquals(service, e.service());
        if (verdict != Eligibility.Verdict.NOT_RELEVANT || aid != null) {
            assertEquals(false, e.reasons().isEmpty());
        }
    }
}
