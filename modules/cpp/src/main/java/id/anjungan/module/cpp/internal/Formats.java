package id.anjungan.module.cpp.internal;

import id.anjungan.spi.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Dates as a resident reads them, in Bahasa Indonesia and English, and texts as JSON. */
final class Formats {

    private static final DateTimeFormatter DAY_ID = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private Formats() {
    }

    static Text day(LocalDate date) {
        return Text.of(DAY_ID.format(date), DAY_EN.format(date));
    }

    static Text moment(Instant at, ZoneId zone) {
        Text day = day(LocalDate.ofInstant(at, zone));
        String time = TIME.format(at.atZone(zone));
        return Text.of(day.id() + " pukul " + time, day.en() + " at " + time.replace('.', ':'));
    }

    static Map<String, String> json(Text t) {
        return Map.of("id", t.id(), "en", t.en());
    }
}
