package id.anjungan.spi;

/**
 * Why something was refused or suggested, in words a resident understands.
 *
 * @param code stable machine key, e.g. {@code "deadline-passed"}
 * @param message the explanation
 */
public record Reason(String code, Text message) {

    public static Reason of(String code, String id, String en) {
        return new Reason(code, Text.of(id, en));
    }
}
