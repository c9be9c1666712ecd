package id.anjungan.module.santunankematian.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and amounts as a resident reads them, in Bahasa Indonesia and English. */
final class Formats {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE_ID = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private Formats() {
    }

    static String rupiahId(long amount) {
        return "Rp" + String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    static String rupiahEn(long amount) {
        return "Rp" + String.format(Locale.ROOT, "%,d", amount);
    }

    static String dateId(LocalDate date) {
        return DATE_ID.format(date);
    }

    static String dateEn(LocalDate date) {
        return DATE_EN.format(date);
    }

    static String momentId(Instant at, ZoneId zone) {
        return dateId(LocalDate.ofInstant(at, zone)) + " pukul " + TIME.format(at.atZone(zone));
    }

    static String momentEn(Instant at, ZoneId zone) {
        return dateEn(LocalDate.ofInstant(at, zone)) + " at " + TIME.format(at.atZone(zone)).replace('.', ':');
    }
}
