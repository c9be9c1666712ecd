package id.anjungan.host.identity.control;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The same number as an attacker or a phone keyboard may type it: other scripts' digits, invisible characters. */
public final class DigitVariants {

    private DigitVariants() {
    }

    /** Each variant of {@code ascii} with its name, for {@code @MethodSource}. */
    public static Stream<Arguments> of(String ascii) {
        return Stream.of(
                Arguments.of("fullwidth", shifted(ascii, '０', 0)),
                Arguments.of("half fullwidth", shifted(ascii, '０', ascii.length() / 2)),
                Arguments.of("Arabic-Indic", shifted(ascii, '٠', 0)),
                Arguments.of("Persian", shifted(ascii, '۰', 0)),
                Arguments.of("Devanagari", shifted(ascii, '०', 0)),
                Arguments.of("mathematical bold", mathematical(ascii)),
                Arguments.of("zero-width space", ascii.substring(0, 6) + "\u200B" + ascii.substring(6)),
                Arguments.of("word joiner and BOM", "\uFEFF" + ascii.substring(0, 4) + "\u2060" + ascii.substring(4)),
                Arguments.of("no-break and thin spaces", ascii.substring(0, 4) + "\u00A0" + ascii.substring(4, 8)
                        + "\u2009" + ascii.substring(8)),
                Arguments.of("en dash and soft hyphen", ascii.substring(0, 6) + "\u2013" + ascii.substring(6, 12)
                        + "\u00AD" + ascii.substring(12)));
    }

    /** The variant called {@code name} of {@code ascii}. */
    public static String named(String name, String ascii) {
        return of(ascii).filter(a -> a.get()[0].equals(name)).findFirst().map(a -> (String) a.get()[1]).orElseThrow();
    }

    /** The digits from index {@code from} on written with the digit zero {@code zero} of another script. */
    public static String shifted(String ascii, char zero, int from) {
        StringBuilder out = new StringBuilder(ascii.substring(0, from));
        ascii.substring(from).chars().forEach(c -> out.append((char) (zero + c - '0')));
        return out.toString();
    }

    private static String mathematical(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.appendCodePoint(0x1D7CE + c - '0'));
        return out.toString();
    }
}
