package id.anjungan.testkit;

import id.anjungan.spi.Reason;
import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Residents in memory. Identity checks test for 16 digits and read the NIK's birth date (DDMMYY, day + 40 for
 * women) as the platform does; region codes and serials are checked only by the host.
 */
public final class MemoryResidents implements ResidentRegistry {

    private final Map<String, Resident> byNik = new ConcurrentHashMap<>();

    private final TestClock clock;

    public MemoryResidents(TestClock clock) {
        this.clock = clock;
    }

    @Override
    public IdentityCheck checkNik(String nik) {
        IdentityCheck digits = check(nik);
        if (!digits.valid()) {
            return digits;
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int yy = Integer.parseInt(nik.substring(10, 12));
        LocalDate today = clock.today();
        try {
            LocalDate born = LocalDate.of((yy > today.getYear() % 100 ? 1900 : 2000) + yy,
                    Integer.parseInt(nik.substring(8, 10)), day > 40 ? day - 40 : day);
            return born.isAfter(today) ? invalidDate() : new IdentityCheck(true, List.of(), nik.substring(0, 6), born,
                    day > 40);
        } catch (DateTimeException e) {
            return invalidDate();
        }
    }

    private static IdentityCheck invalidDate() {
        return new IdentityCheck(false, List.of(Reason.of("nik-birth-date", "Tanggal lahir di NIK tidak valid.",
                "The birth date in the NIK is not valid.")), null, null, null);
    }

    @Override
    public IdentityCheck checkKk(String kk) {
        return check(kk);
    }

    private static IdentityCheck check(String number) {
        boolean ok = number != null && number.matches("\\d{16}");
        return new IdentityCheck(ok, ok ? List.of() : List.of(Reason.of("length", "Harus 16 angka.",
                "Must be 16 digits.")), ok ? number.substring(0, 6) : null, null, null);
    }

    @Override
    public String mask(String number) {
        if (number == null) {
            return null;
        }
        String n = number.trim();
        if (n.length() < 9) { // as the kiosk does: a short number would show most of itself
            return "•".repeat(n.length());
        }
        return n.substring(0, 4) + "•".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }

    @Override
    public Optional<Resident> find(String nik) {
        return Optional.ofNullable(byNik.get(TypedNumbers.canonical(nik)));
    }

    @Override
    public Resident save(Resident resident) {
        String nik = TypedNumbers.canonical(resident.nik());
        String kk = resident.kk() == null ? null : TypedNumbers.canonical(resident.kk());
        byNik.put(nik, new Resident(nik, kk, resident.name(), resident.birthDate(), resident.address(), resident.rt(), resident.rw(), resident.kelurahan(),
                resident.standing() == null ? Resident.Standing.ACTIVE : resident.standing()));
        return resident;
    }

    /** As the kiosk does, a standing is kept for someone not recorded yet (a death reported first). */
    @Override
    public void changeStanding(String nik, Resident.Standing standing) {
        String key = TypedNumbers.canonical(nik);
        byNik.merge(key, new Resident(key, null, "", null, null, null, null, null, standing),
                (r, unknown) -> new Resident(r.nik(), r.kk(), r.name(), r.birthDate(), r.address(), r.rt(), r.rw(),
                        r.kelurahan(), standing));
    }
}
