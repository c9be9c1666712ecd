package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingNumbersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void formatsProgramMonthRandomDigitsAndCheckDigit() {
        String t = TrackingNumbers.next("BPNT", DAY, Optional.empty());
        assertTrue(t.matches("BPNT-2612-\\d{4}-\\d{4}-\\d"), t);
        assertTrue(TrackingNumbers.valid(t), t);
        assertEquals(21, t.length(), "short enough to type on the kiosk keys");
    }

    /** A registered kiosk's number sits after the month: two kiosks never draw the same number. */
    @ParameterizedTest
    @CsvSource({"1, 0001", "42, 0042", "9999, 9999"})
    void aRegisteredKioskPutsItsNumberAfterTheMonth(int kiosk, String group) {
        String t = TrackingNumbers.next("BPNT", DAY, Optional.of(kiosk));
        assertTrue(t.matches("BPNT-2612-" + group + "-\\d{4}-\\d{4}-\\d"), t);
        assertTrue(TrackingNumbers.valid(t), t);
        assertEquals(26, t.length(), "still fits the receipt's line and the entry field");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0", "5, 0", "11, 0", "0, 42", "4, 42", "8, 42", "11, 42", "15, 42"})
    void everySingleDigitTypoIsCaught(int position, int kiosk) {
        String t = TrackingNumbers.next("KJS", DAY, kiosk == 0 ? Optional.empty() : Optional.of(kiosk),
                new Random(position));
        int index = digitIndexes(t)[position];
        for (int d = 1; d <= 9; d++) {
            char wrong = (char) ('0' + (t.charAt(index) - '0' + d) % 10);
            String typo = t.substring(0, index) + wrong + t.substring(index + 1);
            assertFalse(TrackingNumbers.valid(typo), typo);
        }
    }

    /** Every form ever issued resolves; a wrong check digit or a group of the wrong size does not. */
    @ParameterizedTest
    @CsvSource({"BPNT-2611-000042-4, true", "BPNT-2611-000042-7, false", "BPNT-2611-00042-4, false",
            "KJS-2612-1234-5678-2, true", "KJS-2612-1234-5678-1, false",
            "BPNT-2612-0042-4839-2071-8, true", "BPNT-2612-0042-4839-2071-6, false",
            "BPNT-2612-042-4839-2071-6, false", "BPNT-2612-0042-4839-2071-0042-6, false"})
    void validatesEachForm(String tracking, boolean valid) {
        assertEquals(valid, TrackingNumbers.valid(tracking), tracking);
    }

    @ParameterizedTest
    @CsvSource({"'  bpnt 2612 0042 4839 2071 8 ', BPNT-2612-0042-4839-2071-8",
            "'bpnt-２６１２-0042-4839-2071-8', BPNT-2612-0042-4839-2071-8",
            "' kjs 2612 1234 5678 2', KJS-2612-1234-5678-2"})
    void normalisesWhatResidentsTypeInEveryForm(String typed, String normalised) {
        assertEquals(normalised, TrackingNumbers.normalise(typed));
        assertTrue(TrackingNumbers.valid(normalised), normalised);
    }

    @Test
    void neighbouringDigitsSwappedAreCaught() {
        String t = "KJS-2612-1234-5678-" + TrackingNumbers.luhn("261212345678");
        assertTrue(TrackingNumbers.valid(t));
        assertFalse(TrackingNumbers.valid("KJS-2612-1234-5687-" + t.charAt(t.length() - 1)));
        assertFalse(TrackingNumbers.valid("KJS-2612-2134-5678-" + t.charAt(t.length() - 1)));
    }

    /**
     * The attack that worked on the sequential numbers (47 of 60 guesses resolved): take a real number and try
     * well-formed numbers around it, check digit computed. 1,000 such guesses around 200 real cases find none.
     */
    @Test
    void wellFormedGuessesNearRealNumbersResolveNone() {
        Random kiosk = new Random(7);
        Set<String> real = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> real.add(TrackingNumbers.next("BPNT", DAY, kiosk)));
        String known = real.iterator().next();
        long base = Long.parseLong(known.substring(10, 19).replace("-", ""));
        Random attacker = new Random(11);
        int resolved = 0;
        for (int i = 0; i < 1000; i++) {
            long near = Math.floorMod(base + attacker.nextInt(2001) - 1000, TrackingNumbers.RANDOM_RANGE);
            String digits = "2612" + String.format("%08d", near);
            String guess = "BPNT-2612-" + digits.substring(4, 8) + "-" + digits.substring(8) + "-"
                    + TrackingNumbers.luhn(digits);
            assertTrue(TrackingNumbers.valid(guess), guess);
            if (!guess.equals(known) && real.contains(guess)) {
                resolved++;
            }
        }
        assertEquals(0, resolved);
        assertEquals(200, real.size(), "two hundred draws, two hundred numbers");
    }

    @Test
    void numbersOfTheSequentialFormStillResolve() {
        assertTrue(TrackingNumbers.valid("BPNT-2611-000042-4"));
        assertFalse(TrackingNumbers.valid("BPNT-2611-000042-7"));
        assertFalse(TrackingNumbers.valid("BPNT-2611-00042-4"));
    }

    @Test
    void normalisesWhatResidentsType() {
        assertEquals("BPNT-2611-000042-7", TrackingNumbers.normalise("  bpnt 2611 000042 7 "));
        assertEquals("BPNT-2612-4839-2071-6", TrackingNumbers.normalise("bpnt-２６１２-4839-2071-6"));
        assertFalse(TrackingNumbers.valid("hello"));
        assertFalse(TrackingNumbers.valid(null));
    }

    private static int[] digitIndexes(String t) {
        return IntStream.range(t.indexOf('-'), t.length()).filter(i -> Character.isDigit(t.charAt(i))).toArray();
    }
}
