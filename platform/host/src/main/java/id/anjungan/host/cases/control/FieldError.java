package id.anjungan.host.cases.control;

import id.anjungan.spi.Text;

/** What is wrong with one answer of a form. */
public record FieldError(String field, String code, Text message) {

    static FieldError of(String field, String code, String id, String en) {
        return new FieldError(field, code, Text.of(id, en));
    }
}
