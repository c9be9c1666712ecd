package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A moment as a resident reads it, in Bahasa Indonesia and English (amounts and dates: {@link Text}). */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private Formats() {
    }

    static String momentId(Instant at, ZoneId zone) {
        return Text.date(LocalDate.ofInstant(at, zone)).id() + " pukul " + TIME.format(at.atZone(zone));
    }

    static String momentEn(Instant at, ZoneId zone) {
        return Text.date(LocalDate.ofInstant(at, zone)).en() + " at " + TIME.format(at.atZone(zone)).replace('.', ':');
    }
}
