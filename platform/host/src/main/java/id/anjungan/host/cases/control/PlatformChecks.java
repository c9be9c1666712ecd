package id.anjungan.host.cases.control;

import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Reason;
import id.anjungan.spi.platform.Kelurahan;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The cross-program rules a program declares: domicile, still entitled, no double aid. */
@ApplicationScoped
public class PlatformChecks {

    @Inject
    Kelurahan kelurahan;
    @Inject
    ResidentRegistry residents;
    @Inject
    RecipientLists recipients;

    public List<Reason> check(ProgramDescriptor program, String nik) {
        List<Reason> reasons = new ArrayList<>();
        if (nik == null) {
            return reasons;
        }
        for (PlatformCheck check : program.checks()) {
            switch (check) {
                case DOMICILE_CITY -> {
                    if (!nik.startsWith(kelurahan.cityCode())) {
                        reasons.add(Reason.of("domicile-city", "Program ini untuk warga " + kelurahan.city()
                                + " (NIK berawalan " + kelurahan.cityCode() + ").", "This programme is for residents of "
                                + kelurahan.city() + " (NIK starting with " + kelurahan.cityCode() + ")."));
                    }
                }
                case DOMICILE_KECAMATAN -> {
                    if (!nik.startsWith(kelurahan.kecamatanCode())) {
                        reasons.add(Reason.of("domicile-kecamatan", "Program ini untuk warga Kecamatan "
                                + kelurahan.kecamatan() + ".", "This programme is for residents of Kecamatan "
                                + kelurahan.kecamatan() + "."));
                    }
                }
                case STILL_ENTITLED -> residents.find(nik).map(Resident::standing)
                        .filter(s -> s != Resident.Standing.ACTIVE)
                        .ifPresent(s -> reasons.add(Reason.of("not-entitled", "Menurut data, orang ini " + standingId(s)
                                + ", sehingga tidak lagi dapat menerima bantuan.", "According to the records this person "
                                + standingEn(s) + ", so they can no longer receive aid.")));
                case NO_DOUBLE_AID -> recipients.programsOf(nik).stream().filter(program.exclusiveWith()::contains)
                        .findFirst().ifPresent(other -> reasons.add(Reason.of("double-aid", "Orang ini sudah terdaftar "
                                + "sebagai penerima " + other + ". Penerima " + other + " tidak dapat juga menerima "
                                + program.code() + ".", "This person is already registered for " + other + ". A "
                                + other + " recipient cannot also receive " + program.code() + ".")));
                default -> { }
            }
        }
        return reasons;
    }

    private static String standingId(Resident.Standing s) {
        return switch (s) {
            case DECEASED -> "telah meninggal dunia";
            case MOVED -> "telah pindah domisili";
            case DECLARED_ABLE -> "telah dinyatakan mampu";
            default -> "aktif";
        };
    }

    private static String standingEn(Resident.Standing s) {
        return switch (s) {
            case DECEASED -> "has died";
            case MOVED -> "has moved away";
            case DECLARED_ABLE -> "was declared able";
            default -> "is active";
        };
    }
}
