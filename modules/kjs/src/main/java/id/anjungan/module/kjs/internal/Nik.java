package id.anjungan.module.kjs.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

/** Reads the birth date a NIK carries (DDMMYY, day + 40 for women). */
final class Nik {

    private Nik() {
    }

    /** Age in whole years on {@code today}, empty when the NIK carries no readable date. */
    static OptionalInt age(String nik, LocalDate today) {
        if (nik == null || !nik.matches("\\d{16}")) {
            return OptionalInt.empty();
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        int century = yy <= today.getYear() % 100 ? 2000 : 1900;
        try {
            LocalDate born = LocalDate.of(century + yy, month, day > 40 ? day - 40 : day);
            return OptionalInt.of(Period.between(born, today).getYears());
        } catch (DateTimeException e) {
            return OptionalInt.empty();
        }
    }
}
