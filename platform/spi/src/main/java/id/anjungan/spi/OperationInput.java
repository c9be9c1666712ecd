package id.anjungan.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON input of an {@link Operation} (what a module's own screen sent) with refusals a person at the kiosk
 * can read: every method throws a {@link ProgramException} naming the field by its {@code label}, in Bahasa
 * Indonesia and English, with the code {@code missing-<key>} or {@code invalid-<key>}.
 *
 * @since 1.1
 */
public final class OperationInput {

    private final Map<String, Object> values;

    public OperationInput(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    /** Required text of {@code min}–{@code max} characters, with runs of white space made single spaces. */
    public String text(String key, Text label, int min, int max) {
        return optionalText(key, label, min, max).orElseThrow(() -> missing(key, label));
    }

    /** Like {@link #text}, empty when absent or blank. */
    public Optional<String> optionalText(String key, Text label, int min, int max) {
        Object raw = values.get(key);
        String value = raw == null ? "" : raw.toString().strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() < min || value.length() > max) {
            throw ProgramException.of("invalid-" + key, label.id() + " harus " + min + "–" + max + " huruf.",
                    label.en() + " must be " + min + "–" + max + " characters.");
        }
        return Optional.of(value);
    }

    /**
     * A list of texts (each stripped, none blank, at most {@code maxLength} characters), duplicates dropped, in order;
     * empty when absent. Refused with {@code invalid-<key>} when it is not such a list or holds more than
     * {@code maxItems}.
     *
     * @since 1.3
     */
    public List<String> texts(String key, Text label, int maxItems, int maxLength) {
        Object raw = values.get(key);
        if (raw == null) {
            return List.of();
        }
        Set<String> texts = new LinkedHashSet<>();
        if (raw instanceof List<?> list && list.size() <= maxItems) {
            for (Object item : list) {
                if (!(item instanceof String s) || s.isBlank() || s.strip().length() > maxLength) {
                    throw unreadable(key, label);
                }
                texts.add(s.strip());
            }
            return List.copyOf(texts);
        }
        throw unreadable(key, label);
    }

    private static ProgramException unreadable(String key, Text label) {
        return ProgramException.of("invalid-" + key, label.id() + " tidak terbaca.", label.en() + " is unreadable.");
    }

    /** A required whole number between {@code min} and {@code max}. */
    public long whole(String key, Text label, long min, long max) {
        return optionalWhole(key, label, min, max).orElseThrow(() -> missing(key, label));
    }

    /** Like {@link #whole}, empty when absent or blank. */
    public Optional<Long> optionalWhole(String key, Text label, long min, long max) {
        return number(key, label, min, max, Long::toString);
    }

    /** A required amount in rupiah between {@code min} and {@code max}; a refusal writes the bounds as Rp1.500.000. */
    public long rupiah(String key, Text label, long min, long max) {
        return optionalRupiah(key, label, min, max).orElseThrow(() -> missing(key, label));
    }

    /** Like {@link #rupiah}, empty when absent or blank. */
    public Optional<Long> optionalRupiah(String key, Text label, long min, long max) {
        return number(key, label, min, max, OperationInput::formatRupiah);
    }

    /** A required date written {@code yyyy-MM-dd}. */
    public LocalDate date(String key, Text label) {
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

    /** One of the {@code allowed} codes, upper-cased. */
    public String code(String key, Text label, Set<String> allowed) {
        String value = text(key, label, 1, 40).toUpperCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw ProgramException.of("invalid-" + key, label.id() + ": pilihan tidak dikenal.",
                    label.en() + ": unknown choice.");
        }
        return value;
    }

    /** Whether the input says yes ({@code true} or {@code "true"}). */
    public boolean yes(String key) {
        Object raw = values.get(key);
        return Boolean.TRUE.equals(raw) || "true".equalsIgnoreCase(String.valueOf(raw));
    }

    /** Rupiah as written in Indonesia: {@code Rp1.500.000}. */
    public static String formatRupiah(long rupiah) {
        String digits = String.format(Locale.ROOT, "%,d", Math.abs(rupiah)).replace(',', '.');
        return (rupiah < 0 ? "-Rp" : "Rp") + digits;
    }

    private Optional<Long> number(String key, Text label, long min, long max,
                                  java.util.function.LongFunction<String> written) {
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
                    label.id() + " harus antara " + written.apply(min) + " dan " + written.apply(max) + ".",
                    label.en() + " must be between " + written.apply(min) + " and " + written.apply(max) + ".");
        }
        return Optional.of(value);
    }

    private static ProgramException missing(String key, Text label) {
        return ProgramException.of("missing-" + key, label.id() + " wajib diisi.", label.en() + " is required.");
    }
}
