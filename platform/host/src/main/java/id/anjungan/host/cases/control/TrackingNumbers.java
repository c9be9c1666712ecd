package id.anjungan.host.cases.control;

import id.anjungan.host.identity.control.Digits;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Tracking numbers such as {@code BPNT-2612-4839-2071-6}: program, year and month, eight random digits and a Luhn
 * check digit over the digits, so a mistyped number is told apart from an unknown one. Digits only, so the number is
 * typed on the kiosk's keys and read aloud as it is printed. The random part keeps the numbers from being walked: a
 * sequence with a computable check digit let anyone read case after case. A kiosk registered with the city puts its
 * number after the month ({@code BPNT-2612-0042-4839-2071-6}), so numbers drawn at two kiosks never collide in the
 * city. Numbers of the earlier forms (without a kiosk; {@code BPNT-2611-000042-4}, a monthly sequence) stay valid:
 * cases filed under them are still followed.
 */
public final class TrackingNumbers {

    /** Random digits of a number: a guess within one program and month finds a case 1 in 10^8 / (cases that month). */
    static final long RANDOM_RANGE = 100_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern KIOSK = Pattern.compile("[A-Z][A-Z0-9]{1,15}-\\d{4}-\\d{4}-\\d{4}-\\d{4}-\\d");
    private static final Pattern CURRENT = Pattern.compile("[A-Z][A-Z0-9]{1,15}-\\d{4}-\\d{4}-\\d{4}-\\d");
    private static final Pattern SEQUENTIAL = Pattern.compile("[A-Z][A-Z0-9]{1,15}-\\d{4}-\\d{6}-\\d");

    private TrackingNumbers() {
    }

    /** A new number with random digits from a {@link SecureRandom}; with the kiosk's number when it has one. */
    public static String next(String program, LocalDate day, Optional<Integer> kiosk) {
        return next(program, day, kiosk, RANDOM);
    }

    static String next(String program, LocalDate day, RandomGenerator random) {
        return next(program, day, Optional.empty(), random);
    }

    static String next(String program, LocalDate day, Optional<Integer> kiosk, RandomGenerator random) {
        String digits = String.format("%02d%02d", day.getYear() % 100, day.getMonthValue())
                + kiosk.map(k -> String.format("%04d", k)).orElse("") + String.format("%08d", random.nextLong(RANDOM_RANGE));
        StringBuilder number = new StringBuilder(program);
        for (int i = 0; i < digits.length(); i += 4) {
            number.append('-').append(digits, i, i + 4);
        }
        return number.append('-').append(luhn(digits)).toString();
    }

    /** Whether a tracking number, of any form, is well-formed with a correct check digit. */
    public static boolean valid(String tracking) {
        if (tracking == null || !KIOSK.matcher(tracking).matches() && !CURRENT.matcher(tracking).matches()
                && !SEQUENTIAL.matcher(tracking).matches()) {
            return false;
        }
        int check = tracking.lastIndexOf('-');
        String digits = tracking.substring(tracking.indexOf('-'), check).replace("-", "");
        return luhn(digits) == tracking.charAt(check + 1) - '0';
    }

    /** Upper-cases and trims what a resident typed. */
    public static String normalise(String typed) {
        return Digits.fold(typed).trim().toUpperCase(Locale.ROOT).replace(' ', '-');
    }

    static int luhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
