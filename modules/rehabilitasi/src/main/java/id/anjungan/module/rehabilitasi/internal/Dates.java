package id.anjungan.module.rehabilitasi.internal;

import java.time.LocalDate;

/** Dates as an Indonesian letter writes them: {@code 23 November 2026}. */
final class Dates {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};

    private Dates() {
    }

    static String indonesian(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
