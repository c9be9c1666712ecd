package id.anjungan.spi.platform;

import java.time.LocalDate;

/**
 * A person known to the kiosk.
 *
 * @param nik NIK, or {@code null} for a person with no identity card
 * @param kk family card number, or {@code null}
 * @param name full name
 * @param birthDate birth date, possibly approximate
 * @param address street address or place found
 * @param rt RT, may be {@code null}
 * @param rw RW, may be {@code null}
 * @param kelurahan kelurahan name
 * @param standing whether the person is still entitled to aid
 */
public record Resident(String nik, String kk, String name, LocalDate birthDate, String address, String rt, String rw,
                       String kelurahan, Standing standing) {

    /** Why a person may no longer receive aid (retur reasons). */
    public enum Standing { ACTIVE, DECEASED, MOVED, DECLARED_ABLE }
}
