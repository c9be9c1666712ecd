package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Moments as a resident reads them, in Bahasa Indonesia and English (amounts and dates: {@link Text}), and list dates. */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

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

    static String momentId(Instant at, ZoneId zone) {
        return Text.date(LocalDate.ofInstant(at, zone)).id() + " pukul " + TIME.format(at.atZone(zone));
    }

    static String momentEn(Instant at, ZoneId zone) {
        return Text.date(LocalDate.ofInstant(at, zone)).en() + " at " + TIME.format(at.atZone(zone)).replace('.', ':');
    }
}
