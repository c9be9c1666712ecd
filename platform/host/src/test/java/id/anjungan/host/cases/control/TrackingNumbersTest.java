package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingNumbersTest {

    @Test
    void formatsProgramMonthSequenceAndCheckDigit() {
        String t = TrackingNumbers.format("BPNT", LocalDate.of(2026, 11, 5), 42);
        assertTrue(t.startsWith("BPNT-2611-000042-"), t);
        assertTrue(TrackingNumbers.valid(t));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void everySingleDigitTypoIsCaught(int position) {
        String t = TrackingNumbers.format("KJS", LocalDate.of(2026, 11, 5), 123456);
        String digits = t.replaceAll("\\D", "");
        int index = t.indexOf(digits.charAt(position), t.indexOf('-'));
        char wrong = (char) ('0' + (digits.charAt(position) - '0' + 1) % 10);
        String typo = t.substring(0, index) + wrong + t.substring(index + 1);
        assertFalse(TrackingNumbers.valid(typo), typo);
    }

    @Test
    void normalisesWhatResidentsType() {
        assertEquals("BPNT-2611-000042-7", TrackingNumbers.normalise("  bpnt 2611 000042 7 "));
        assertFalse(TrackingNumbers.valid("hello"));
    }
}
