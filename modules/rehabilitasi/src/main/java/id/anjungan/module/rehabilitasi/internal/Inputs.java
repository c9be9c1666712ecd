package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Reads an operation's JSON input with plain-language refusals. */
final class Inputs {

    private final Map<String, Object> values;

    Inputs(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    String text(String key, Text label, int min, int max) {
        return optionalText(key, label, min, max).orElseThrow(() -> missing(key, label));
    }

    Optional<String> optionalText(String key, Text label, int min, int max) {
        Object raw = values.get(key);
        String value = raw == null ? "" : raw.toString().strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() < min || value.length() > max) {
            throw ProgramException.of("invalid-" + key,
                    label.id() + " harus " + min + "–" + max + " huruf.",
                    label.en() + " must be " + min + "–" + max + " characters.");
        }
        return Optional.of(value);
    }

    long whole(String key, Text label, long min, long max) {
        return optionalWhole(key, label, min, max).orElseThrow(() -> missing(key, label));
    }

    Optional<Long> optionalWhole(String key, Text label, long min, long max) {
        Object raw = values.get(key);
        if (raw == null || raw.toString().isBlank()) {
            return Optional.empty();
        }
        long value;
        try {
            value = new BigDecimal(raw.toString().strip()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw ProgramException.of("invalid-" + key, label.id() + " harus bilangan bulat.",
                    label.en() + " must be a whole number.");
        }
        if (value < min || value > max) {
            throw ProgramException.of("invalid-" + key,
                    label.id() + " harus antara " + min + " dan " + max + ".",
                    label.en() + " must be between " + min + " and " + max + ".");
        }
        return Optional.of(value);
    }

    LocalDate date(String key, Text label) {
        Object raw = values.get(key);
        if (raw == null || raw.toString().isBlank()) {
            throw missing(key, label);
        }
        try {
            return LocalDate.parse(raw.toString().strip());
        } catch (DateTimeParseException e) {
            throw ProgramException.of("invalid-" + key, label.id() + " bukan tanggal yang sah.",
                    label.en() + " is not a valid date.");
        }
    }

    /** One of the allowed codes, upper-cased. */
    String code(String key, Text label, java.util.Set<String> allowed) {
        String value = text(key, label, 1, 40).toUpperCase(java.util.Locale.ROOT);
        if (!allowed.contains(value)) {
            throw ProgramException.of("invalid-" + key, label.id() + ": pilihan tidak dikenal.",
                    label.en() + ": unknown choice.");
        }
        return value;
    }

    boolean yes(String key) {
        Object raw = values.get(key);
        return Boolean.TRUE.equals(raw) || "true".equalsIgnoreCase(String.valueOf(raw));
    }

    private static ProgramException missing(String key, Text label) {
        return ProgramException.of("missing-" + key, label.id() + " wajib diisi.", label.en() + " is required.");
    }
}
