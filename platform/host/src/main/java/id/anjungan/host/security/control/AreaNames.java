package id.anjungan.host.security.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of kecamatan and kelurahan as staff type them. An account's area is stored in one spelling of plain Latin
 * letters, so a look-alike (a Cyrillic "а" in "Tengаh") can never be an account's area, and a name typed as a filter
 * matches it only when it is the same name in another letter case, width or spacing.
 */
public final class AreaNames {

    /** The columns' length. */
    static final int LONGEST = 80;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .'()/-]*");

    private AreaNames() {
    }

    /** The name in its stored spelling (compatibility-normalised, spaces collapsed), or empty when blank. */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Whether a canonical name may be an account's area: Latin letters, digits and a few signs, not too long. */
    public static boolean storable(String canonical) {
        return canonical.length() <= LONGEST && PLAIN.matcher(canonical).matches();
    }

    /**
     * A typed name in its stored spelling, or {@code null} when blank; a name that may not be stored is refused (422,
     * {@code invalid-<field>}).
     */
    public static String checked(String field, String typed) {
        Optional<String> name = canonical(typed);
        if (name.isPresent() && !storable(name.get())) {
            throw AccountChange.invalid(field, "Nama " + field
                            + " hanya boleh berisi huruf latin, angka, spasi dan tanda . ' - ( ) / (paling banyak "
                            + LONGEST + " karakter).",
                    "A " + field + " name may only contain Latin letters, digits, spaces and . ' - ( ) / (at most "
                            + LONGEST + " characters).");
        }
        return name.orElse(null);
    }

    /** Whether two names are the same place; a blank one is no place. */
    public static boolean same(String a, String b) {
        Optional<String> left = canonical(a);
        Optional<String> right = canonical(b);
        return left.isPresent() && right.isPresent()
                && left.get().toLowerCase(Locale.ROOT).equals(right.get().toLowerCase(Locale.ROOT));
    }
}
