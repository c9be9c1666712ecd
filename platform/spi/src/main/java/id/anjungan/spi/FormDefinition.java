package id.anjungan.spi;

import java.util.List;

/** The questions of a kiosk service, asked in order; the kiosk shows one question per screen where it helps. */
public record FormDefinition(List<FormField> fields) {

    public FormDefinition {
        fields = List.copyOf(fields);
        long distinct = fields.stream().map(FormField::name).distinct().count();
        if (distinct != fields.size()) {
            throw new IllegalArgumentException("field names must be unique");
        }
    }

    public static FormDefinition of(FormField... fields) {
        return new FormDefinition(List.of(fields));
    }

    /** A service that asks nothing (e.g. a public ledger). */
    public static FormDefinition empty() {
        return new FormDefinition(List.of());
    }

    public java.util.Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
