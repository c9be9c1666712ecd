package id.anjungan.host.identity.control;

import id.anjungan.host.identity.entity.ResidentRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.osgi.PlatformService;
import id.anjungan.host.privacy.Masking;
import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Residents in the database by the {@link Digits#canonical} NIK; the identity rules of {@link NikValidator}. */
@ApplicationScoped
public class StoredResidents implements ResidentRegistry, PlatformService {

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    @Override
    public Class<?> serviceType() {
        return ResidentRegistry.class;
    }

    @Override
    public IdentityCheck checkNik(String nik) {
        return NikValidator.nik(nik, clock.today());
    }

    @Override
    public IdentityCheck checkKk(String kk) {
        return NikValidator.kk(kk);
    }

    @Override
    public String mask(String number) {
        return Masking.mask(number);
    }

    @Override
    public Optional<Resident> find(String nik) {
        return db.read(em -> Optional.ofNullable(em.find(ResidentRow.class, Digits.canonical(nik)))
                .map(StoredResidents::resident));
    }

    @Override
    public Resident save(Resident resident) {
        return db.txRetrying(em -> {
            String nik = Digits.canonical(resident.nik());
            ResidentRow row = Optional.ofNullable(em.find(ResidentRow.class, nik)).orElseGet(ResidentRow::new);
            row.nik = nik;
            row.kk = resident.kk() == null ? null : Digits.canonical(resident.kk());
            row.name = resident.name();
            row.birthDate = resident.birthDate();
            row.address = resident.address();
            row.rt = resident.rt();
            row.rw = resident.rw();
            row.kelurahan = resident.kelurahan();
            row.standing = (resident.standing() == null ? Resident.Standing.ACTIVE : resident.standing()).name();
            em.merge(row);
            return resident;
        });
    }

    @Override
    public void changeStanding(String typed, Resident.Standing standing) {
        String nik = Digits.canonical(typed);
        db.tx(em -> {
            ResidentRow row = em.find(ResidentRow.class, nik);
            if (row == null) {
                row = new ResidentRow();
                row.nik = nik;
                row.name = "";
                row.standing = standing.name();
                em.persist(row);
            } else {
                row.standing = standing.name();
            }
            return null;
        });
    }

    private static Resident resident(ResidentRow r) {
        return new Resident(r.nik, r.kk, r.name, r.birthDate, r.address, r.rt, r.rw, r.kelurahan,
                r.standing == null ? Resident.Standing.ACTIVE : Resident.Standing.valueOf(r.standing));
    }
}
