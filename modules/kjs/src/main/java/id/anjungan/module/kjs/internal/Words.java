package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Text;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Rupiah amounts and dates as residents read them, in both languages. */
final class Words {

    private static final String[] HARI = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};

    private Words() {
    }

    static String rupiah(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-Rp" : "Rp") + grouped;
    }

    static Text date(LocalDate day) {
        String id = HARI[day.getDayOfWeek().getValue() - 1] + ", " + day.getDayOfMonth() + " "
                + BULAN[day.getMonthValue() - 1] + " " + day.getYear();
        String en = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
        return Text.of(id, en);
    }
}
