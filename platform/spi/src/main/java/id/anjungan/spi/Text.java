package id.anjungan.spi;

import java.util.Objects;

/**
 * A text a resident sees, in Bahasa Indonesia (always present) and English.
 *
 * @param id Bahasa Indonesia
 * @param en English; falls back to {@code id} when absent
 */
public record Text(String id, String en) {

    public Text {
        Objects.requireNonNull(id, "Bahasa Indonesia text is required");
        en = en == null || en.isBlank() ? id : en;
    }

    /** A text in both languages. */
    public static Text of(String id, String en) {
        return new Text(id, en);
    }

    /** The text for a language tag such as {@code "id"} or {@code "en-US"}; Bahasa Indonesia by default. */
    public String in(String language) {
        return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? en : id;
    }
}
