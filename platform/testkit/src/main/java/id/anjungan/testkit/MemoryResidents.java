package id.anjungan.testkit;

import id.anjungan.spi.Reason;
import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Residents in memory; identity checks only test for 16 digits (the host validates fully). */
public final class MemoryResidents implements ResidentRegistry {

    private final Map<String, Resident> byNik = new ConcurrentHashMap<>();

    @Override
    public IdentityCheck checkNik(String nik) {
        return check(nik);
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
        if (number == null || number.length() < 8) {
            return number;
        }
        return number.substring(0, 4) + "•".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    @Override
    public Optional<Resident> find(String nik) {
        return Optional.ofNullable(byNik.get(nik));
    }

    @Override
    public Resident save(Resident resident) {
        byNik.put(resident.nik(), resident);
        return resident;
    }

    @Override
    public void changeStanding(String nik, Resident.Standing standing) {
        byNik.computeIfPresent(nik, (k, r) -> new Resident(r.nik(), r.kk(), r.name(), r.birthDate(), r.address(),
                r.rt(), r.rw(), r.kelurahan(), standing));
    }
}
