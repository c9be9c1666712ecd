package id.anjungan.host.privacy;

import java.util.regex.Pattern;

/** Masks NIK and KK numbers for screens and logs: {@code 3374••••••••0003}; bank accounts: {@code ••••••7890}. */
public final class Masking {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})\\d{8}(\\d{4})(?!\\d)");

    private Masking() {
    }

    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        String n = number.trim();
        if (n.length() < 9) {
            return "•".repeat(n.length());
        }
        return n.substring(0, 4) + "•".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }

    /** A bank account number with only its last four digits shown (at most half of them for a short number). */
    public static String account(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("\\D", "");
        int keep = Math.min(4, digits.length() / 2);
        return "•".repeat(digits.length() - keep) + digits.substring(digits.length() - keep);
    }

    /** Masks every 16-digit number inside a free text (a safety net for logs and audit details). */
    public static String scrub(String text) {
        return text == null ? null : SIXTEEN_DIGITS.matcher(text).replaceAll("$1••••••••$2");
    }

    /**
     * A failure's whole trace, scrubbed: a database error may quote the value it refused (PostgreSQL's "Key (nik)=(…)
     * already exists"), and a logged trace must not carry a NIK or KK number in full.
     */
    public static String trace(Throwable failure) {
        java.io.StringWriter out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return scrub(out.toString());
    }
}
