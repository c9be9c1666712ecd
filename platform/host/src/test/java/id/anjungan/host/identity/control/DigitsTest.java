package id.anjungan.host.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DigitsTest {

    private static final String NIK = "3374014101800003";

    static Stream<Arguments> variants() {
        return DigitVariants.of(NIK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyVariantHasTheOneAsciiForm(String name, String typed) {
        assertEquals(NIK, Digits.canonical(typed));
    }

    @Test
    void asciiDigitsComeBackWithoutACopy() {
        assertSame(NIK, Digits.canonical(NIK));
    }

    @Test
    void lettersAndLookAlikesStaySoThatDigitRulesRefuseThem() {
        assertEquals("3374O1410180OOO3", Digits.canonical("3374 O141.0180-OOO3"));
        assertEquals("12abc", Digits.canonical("١٢abc"));
        assertEquals("3374\u2164", Digits.canonical("3374\u2164")); // a Roman numeral is no decimal digit
    }

    @Test
    void foldKeepsVisibleSeparators() {
        assertEquals("2026-11-02", Digits.fold("２０２６-１１-\u200B０２"));
        assertEquals("", Digits.canonical(null));
    }
}
