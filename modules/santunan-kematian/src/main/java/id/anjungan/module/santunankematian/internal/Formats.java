package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates of list columns (amounts, dates and moments as a resident reads them: {@link Text}). */
final class Formats {

    private Formats() {
    }

    /** A date from a list column such as {@code tanggal_bayar}; empty when blank or unreadable. */
    static Optional<LocalDate> day(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
