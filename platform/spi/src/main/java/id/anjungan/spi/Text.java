package id.anjungan.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a resident sees, in Bahasa Indonesia (always present) and English.
 *
 * @param id Bahasa Indonesia
 * @param en English; falls back to {@code id} when absent
 */
public record Text(String id, String en) {

    // spelled out: the JDK's Indonesian names depend on its locale data ("Jumat" or "Jum'at", "Agt" or "Agu")
    private static final String[] HARI = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};

    public Text {
        Objects.requireNonNull(id, "Bahasa Indonesia text is required");
        en = en == null || en.isBlank() ? id : en;
    }

    /** A text in both languages. */
    public static Text of(String id, String en) {
        return new Text(id, en);
    }

    /**
     * An amount in rupiah as the kiosk shows it in both languages, grouped with dots: {@code Rp1.110.000}.
     *
     * @since 1.2
     */
    public static String rupiah(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder(digits.length() + 6).append(amount < 0 ? "-Rp" : "Rp");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /**
     * A date as a letter writes it: {@code 15 Desember 2026} / {@code 15 December 2026}.
     *
     * @since 1.2
     */
    public static Text date(LocalDate day) {
        return new Text(day.getDayOfMonth() + " " + BULAN[day.getMonthValue() - 1] + " " + day.getYear(),
                day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + day.getYear());
    }

    /**
     * A date with its weekday, as a schedule names it: {@code Selasa, 15 Desember 2026} /
     * {@code Tuesday 15 December 2026}.
     *
     * @since 1.2
     */
    public static Text dateWithDay(LocalDate day) {
        Text date = date(day);
        return new Text(HARI[day.getDayOfWeek().getValue() - 1] + ", " + date.id(),
                day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.en());
    }

    /**
     * A moment as a receipt or a history writes it, in the kiosk's time zone: {@code 15 Desember 2026 pukul 09.30} /
     * {@code 15 December 2026 at 09:30}.
     *
     * @param at the moment
     * @param zone the zone the reader lives in (the kiosk's, {@link id.anjungan.spi.platform.KioskClock#zone()})
     * @since 1.3
     */
    public static Text moment(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        Text date = date(local.toLocalDate());
        String hour = String.format(Locale.ROOT, "%02d", local.getHour());
        String minute = String.format(Locale.ROOT, "%02d", local.getMinute());
        return new Text(date.id() + " pukul " + hour + "." + minute, date.en() + " at " + hour + ":" + minute);
    }

    /** The text for a language tag such as {@code "id"} or {@code "en-US"}; Bahasa Indonesia by default. */
    public String in(String language) {
        return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? en : id;
    }
}
