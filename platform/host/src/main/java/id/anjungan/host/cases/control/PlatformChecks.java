package id.anjungan.host.cases.control;

import id.anjungan.host.identity.control.Standings;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.platform.Kelurahan;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cross-program rules a program declares: domicile, still entitled, no double aid, one aid account. */
@ApplicationScoped
public class PlatformChecks {

    @Inject
    Kelurahan kelurahan;
    @Inject
    ResidentRegistry residents;
    @Inject
    RecipientLists recipients;

    /**
     * Why a submission may not go ahead. Only services that seek aid are checked: reports, complaints and objections
     * are about fixing the record, so the entitlement checks do not bar them.
     *
     * @param data the validated answers
     * @param nik the case's subject, or {@code null}
     */
    public List<Reason> check(ProgramDescriptor program, ServiceDefinition service, Map<String, String> data,
                              String nik) {
        return check(program, service, data, nik, true);
    }

    /**
     * As {@link #check}, on the answers given so far: the domicile is judged only once every question it reads (the
     * KK number, the kelurahan) is answered, since a later KK answer may show that someone with a NIK from elsewhere
     * lives here.
     */
    public List<Reason> checkSoFar(ProgramDescriptor program, ServiceDefinition service, Map<String, String> data,
                                   String nik) {
        boolean whereKnown = service.form().fields().stream()
                .filter(f -> f.type() == FieldType.KK || Domicile.KELURAHAN_FIELD.equals(f.name()))
                .allMatch(f -> data.containsKey(f.name()));
        return check(program, service, data, nik, whereKnown);
    }

    private List<Reason> check(ProgramDescriptor program, ServiceDefinition service, Map<String, String> data,
                               String nik, boolean domicile) {
        List<Reason> reasons = new ArrayList<>();
        if (service.kind() != ServiceKind.APPLICATION && service.kind() != ServiceKind.PROPOSAL) {
            return reasons;
        }
        for (PlatformCheck check : program.checks()) {
            if (!domicile && (check == PlatformCheck.DOMICILE_CITY || check == PlatformCheck.DOMICILE_KECAMATAN)) {
                continue;
            }
            if (check == PlatformCheck.ONE_AID_ACCOUNT) {
                AidAccounts.check(service.form(), data, nik, recipients).ifPresent(reasons::add);
            } else if (nik != null) {
                ofSubject(program, service, data, check, nik).ifPresent(reasons::add);
            }
        }
        return reasons;
    }

    private Optional<Reason> ofSubject(ProgramDescriptor program, ServiceDefinition service,
                                       Map<String, String> data, PlatformCheck check, String nik) {
        return switch (check) {
            case DOMICILE_CITY -> Domicile.livesIn(kelurahan.cityCode(), service.form(), data, nik, residents,
                    recipients) ? Optional.empty() : Optional.of(Reason.of("domicile-city",
                    "Program ini untuk warga yang tinggal di " + kelurahan.city() + " (menurut alamat KK).",
                    "This programme is for people who live in " + kelurahan.city() + " (by the KK address)."));
            case DOMICILE_KECAMATAN -> Domicile.livesIn(kelurahan.kecamatanCode(), service.form(), data, nik,
                    residents, recipients) ? Optional.empty() : Optional.of(Reason.of("domicile-kecamatan",
                    "Program ini untuk warga yang tinggal di Kecamatan " + kelurahan.kecamatan()
                            + " (menurut alamat KK).", "This programme is for people who live in Kecamatan "
                            + kelurahan.kecamatan() + " (by the KK address)."));
            case STILL_ENTITLED -> residents.find(nik).map(Resident::standing)
                    .filter(s -> s != Resident.Standing.ACTIVE)
                    .map(s -> Reason.of("not-entitled", "Menurut data, orang ini " + Standings.of(s).id()
                            + ", sehingga tidak lagi dapat menerima bantuan.", "According to the records this person "
                            + Standings.of(s).en() + ", so they can no longer receive aid."));
            case NO_DOUBLE_AID -> recipients.programsOf(nik).stream().filter(program.exclusiveWith()::contains)
                    .findFirst().map(other -> Reason.of("double-aid", "Orang ini sudah terdaftar sebagai penerima "
                            + other + ". Penerima " + other + " tidak dapat juga menerima " + program.code() + ".",
                            "This person is already registered for " + other + ". A " + other
                                    + " recipient cannot also receive " + program.code() + "."));
            default -> Optional.empty();
        };
    }
}
