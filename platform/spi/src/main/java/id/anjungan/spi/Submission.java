package id.anjungan.spi;

import java.util.Map;

/**
 * A filled kiosk form, already checked by the platform against the {@link FormDefinition}
 * (types, required fields, NIK/KK validity, date rules) before the program sees it.
 *
 * @param program program code
 * @param service service id
 * @param data answers by field name; dates ISO, yes/no {@code "true"/"false"}, amounts in whole rupiah
 * @param actor who submits
 * @param subjectNik the NIK of the person the case is about, when known
 */
public record Submission(String program, String service, Map<String, String> data, Actor actor, String subjectNik) {

    public Submission {
        data = Map.copyOf(data);
    }

    public String get(String field) {
        return data.get(field);
    }

    public boolean yes(String field) {
        return "true".equals(data.get(field));
    }

    public java.util.Optional<java.time.LocalDate> date(String field) {
        String v = data.get(field);
        return v == null || v.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(java.time.LocalDate.parse(v));
    }
}
