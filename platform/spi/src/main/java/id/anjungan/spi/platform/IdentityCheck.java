package id.anjungan.spi.platform;

import id.anjungan.spi.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of validating a NIK or KK number.
 *
 * @param valid whether the number passed every rule
 * @param problems what is wrong, one reason per failed rule
 * @param regionCode province + city + kecamatan (6 digits), {@code null} when unreadable
 * @param birthDate derived from a NIK, {@code null} for a KK number or an invalid date
 * @param female derived from a NIK (day + 40), {@code null} for a KK number
 */
public record IdentityCheck(boolean valid, List<Reason> problems, String regionCode, LocalDate birthDate,
                            Boolean female) {

    public IdentityCheck {
        problems = List.copyOf(problems);
    }
}
