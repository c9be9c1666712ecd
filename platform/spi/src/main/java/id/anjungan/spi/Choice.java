package id.anjungan.spi;

/** One option of a {@link FieldType#CHOICE} field. */
public record Choice(String value, Text label) {

    public static Choice of(String value, String id, String en) {
        return new Choice(value, Text.of(id, en));
    }
}
