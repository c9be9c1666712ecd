package id.anjungan.host.identity.control;

/**
 * The one canonical form of a number that a person types or a list holds (NIK, KK, phone, account, amount): every
 * Unicode decimal digit (fullwidth {@code ３}, Arabic-Indic {@code ٣}, Devanagari {@code ३}, …) folded to its ASCII
 * digit and every invisible character (zero-width space and joiners, bidi marks, soft hyphen, BOM) dropped.
 * {@link Character#isDigit} and {@link Integer#parseInt} accept all those digits, so without folding a NIK typed
 * partly in fullwidth passed the NIK rules and was stored as another string than the same NIK in ASCII: claim-once
 * and double-aid checks, which compare strings, then missed it.
 */
public final class Digits {

    private Digits() {
    }

    /**
     * Folded digits without separators: whitespace of any script, dots and dashes of any kind are dropped, other
     * characters are kept (so a letter still fails a digits-only rule). ASCII digits alone come back as they are,
     * without copying: imports check a million of these.
     */
    public static String canonical(String raw) {
        return rewrite(raw, true);
    }

    /** Folded digits with every visible character kept: for dates and amounts whose separators carry meaning. */
    public static String fold(String raw) {
        return rewrite(raw, false);
    }

    private static String rewrite(String raw, boolean dropSeparators) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            int next = i + Character.charCount(c);
            int folded = c >= '0' && c <= '9' ? c : replacement(c, dropSeparators);
            if (folded != c && out == null) {
                out = new StringBuilder(raw.length()).append(raw, 0, i);
            }
            if (out != null && folded >= 0) {
                out.appendCodePoint(folded);
            }
            i = next;
        }
        return out == null ? raw : out.toString();
    }

    /** The code point to write instead of {@code c}, {@code -1} to drop it. */
    private static int replacement(int c, boolean dropSeparators) {
        int type = Character.getType(c);
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return '0' + Character.digit(c, 10);
        }
        if (type == Character.FORMAT) {
            return -1;
        }
        boolean separator = c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.DASH_PUNCTUATION || type == Character.CONTROL;
        return dropSeparators && separator ? -1 : c;
    }
}
