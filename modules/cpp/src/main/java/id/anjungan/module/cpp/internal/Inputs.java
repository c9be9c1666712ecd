package id.anjungan.module.cpp.internal;

import id.anjungan.spi.ProgramException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reads an operation's JSON input, refusing with a reason a PSM understands. */
final class Inputs {

    private Inputs() {
    }

    /** A trimmed text, or {@code null} when absent or blank. */
    static String text(Map<String, ?> input, String key) {
        Object v = input.get(key);
        if (v == null) {
            return null;
        }
        String s = (v instanceof BigDecimal n ? n.toPlainString() : v.toString()).strip();
        return s.isEmpty() ? null : s;
    }

    static String required(Map<String, ?> input, String key, String labelId, String labelEn) {
        String s = text(input, key);
        if (s == null) {
            throw ProgramException.of("missing-" + key, labelId + " harus diisi.", labelEn + " is required.");
        }
        return s;
    }

    static long whole(Map<String, ?> input, String key, long min, long max, String labelId, String labelEn) {
        Object v = input.get(key);
        try {
            BigDecimal n = v instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(v).strip());
            long value = n.longValueExact();
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the refusal below
        }
        throw ProgramException.of("invalid-" + key, labelId + " harus bilangan bulat " + min + "–" + max + ".",
                labelEn + " must be a whole number from " + min + " to " + max + ".");
    }

    static LocalDate date(Map<String, ?> input, String key, String labelId, String labelEn) {
        String s = required(input, key, labelId, labelEn);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ProgramException.of("invalid-" + key, labelId + " harus tanggal (tttt-bb-hh).",
                    labelEn + " must be a date (yyyy-mm-dd).");
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, ?> input, String key, int max) {
        if (!(input.get(key) instanceof List<?> list) || list.isEmpty()
                || !list.stream().allMatch(r -> r instanceof Map)) {
            throw ProgramException.of("invalid-" + key, "Daftar rumah tangga kosong atau tidak terbaca.",
                    "The household list is empty or unreadable.");
        }
        if (list.size() > max) {
            throw ProgramException.of("too-many-" + key, "Paling banyak " + max + " baris sekali impor.",
                    "At most " + max + " rows per import.");
        }
        return (List<Map<String, Object>>) list;
    }
}
