package id.anjungan.spi.platform;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Residents and identity numbers. */
@ProviderType
public interface ResidentRegistry {

    /** Validates a NIK: 16 digits, region codes, birth date (day + 40 for women), serial not 0000. */
    IdentityCheck checkNik(String nik);

    /** Validates a family card (KK) number: 16 digits with a known region. */
    IdentityCheck checkKk(String kk);

    /** Masks a NIK or KK number for display or logs: {@code 3374••••••••0003}. */
    String mask(String number);

    Optional<Resident> find(String nik);

    /** Records or updates a resident (e.g. from a recipient list or a case). */
    Resident save(Resident resident);

    /** Marks a resident deceased, moved or declared able; their aid is then terminated across programs. */
    void changeStanding(String nik, Resident.Standing standing);
}
