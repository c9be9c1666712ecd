package id.anjungan.host.cases.control;

import id.anjungan.host.identity.control.Digits;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Tracking numbers such as {@code BPNT-2612-4839-2071-6}: program, year and month, eight random digits and a Luhn
 * check digit over the digits, so a mistyped number is told apart from an unknown one. Digits only, so the number is
 * typed on the kiosk's keys and read aloud as it is printed. The random part keeps the numbers from being walked: a
 * sequence with a computable check digit let anyone read case after case. Numbers of the earlier form
 * ({@code BPNT-2611-000042-4}, a monthly sequence) stay valid: cases filed under them are still followed.
 */
public final class TrackingNumbers {

    /** Random digits of a number: a guess within one program and month finds a case 1 in 10^8 / (cases that month). */
    static final long RANDOM_RANGE = 100_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CURRENT = Pattern.compile("[A-Z][A-Z0-9]{1,15}-\\d{4}-\\d{4}-\\d{4}-\\d");
    private static final Pattern SEQUENTIAL = Pattern.compile("[A-Z][A-Z0-9]{1,15}-\\d{4}-\\d{6}-\\d");

    private TrackingNumbers() {
    }

    /** A new number with random digits from a {@link SecureRandom}. */
    public static String next(String program, LocalDate day) {
        return next(program, day, RANDOM);
    }

    static String next(String program, LocalDate day, RandomGenerator random) {
        String digits = String.format("%02d%02d%08d", day.getYear() % 100, day.getMonthValue(),
                random.nextLong(RANDOM_RANGE));
        return program + "-" + digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8)
                + "-" + luhn(digits);
    }

    /** Whether a tracking number, of either form, is well-formed with a correct check digit. */
    public static boolean valid(String tracking) {
        if (tracking == null || !CURRENT.matcher(tracking).matches() && !SEQUENTIAL.matcher(tracking).matches()) {
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
