package id.anjungan.testkit;

/** A typed NIK or KK as the kiosk stores and compares it. */
final class TypedNumbers {

    private TypedNumbers() {
    }

    /** Separators (spaces, dots, dashes, invisible marks) dropped, any script's decimal digits as ASCII. */
    static String canonical(String number) {
        if (number == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        number.codePoints().filter(c -> !(c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION || Character.getType(c) == Character.FORMAT))
                .map(c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? '0' + Character.digit(c, 10) : c)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
