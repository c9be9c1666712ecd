package id.anjungan.host.receipts.control;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as residents read them: "26 November 2026, 10.42 WIB". */
final class ReceiptDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm zzz", Locale.forLanguageTag("id"));

    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH.mm zzz", Locale.forLanguageTag("id"));

    private ReceiptDates() {
    }

    static String format(ZonedDateTime at) {
        return FORMAT.format(at);
    }

    /** "26 Nov 2026, 10.42 WIB": fits one line of a 58 mm printer beside its label. */
    static String formatShort(ZonedDateTime at) {
        return SHORT.format(at);
    }
}
