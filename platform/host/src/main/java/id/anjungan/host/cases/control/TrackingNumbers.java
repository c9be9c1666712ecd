package id.anjungan.host.cases.control;

import java.time.LocalDate;

/**
 * Tracking numbers such as {@code BPNT-2611-000042-7}: program, year and month, a sequence per program and month,
 * and a Luhn check digit over the digits so a mistyped number is told apart from an unknown one.
 */
public final class TrackingNumbers {

    private TrackingNumbers() {
    }

    public static String format(String program, LocalDate day, long sequence) {
        String digits = String.format("%02d%02d%06d", day.getYear() % 100, day.getMonthValue(), sequence);
        return program + "-" + digits.substring(0, 4) + "-" + digits.substring(4) + "-" + luhn(digits);
    }

    /** Whether a tracking number is well-formed with a correct check digit. */
    public static boolean valid(String tracking) {
        if (tracking == null || !tracking.matches("[A-Z][A-Z0-9]{1,15}-\\d{4}-\\d{6}-\\d")) {
            return false;
        }
        String[] parts = tracking.split("-");
        return luhn(parts[1] + parts[2]) == Integer.parseInt(parts[3]);
    }

    /** Upper-cases and trims what a resident typed. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '-');
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
