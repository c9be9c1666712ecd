package id.anjungan.module.kjs.internal;

import id.anjungan.spi.platform.ResidentRegistry;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

/** A person's age from the birth date the platform reads out of the NIK. */
final class Ages {

    private Ages() {
    }

    /** Age in whole years on {@code today}, empty when the NIK carries no readable birth date. */
    static OptionalInt of(ResidentRegistry residents, String nik, LocalDate today) {
        LocalDate born = nik == null ? null : residents.checkNik(nik).birthDate();
        return born == null ? OptionalInt.empty() : OptionalInt.of(Period.between(born, today).getYears());
    }
}
