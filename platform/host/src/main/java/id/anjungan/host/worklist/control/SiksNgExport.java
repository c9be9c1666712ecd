package id.anjungan.host.worklist.control;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.identity.control.NikValidator;
import id.anjungan.host.musyawarah.control.MusyawarahRecords.Decided;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.Kelurahan;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open proposals (usul) and objections (sanggah) of every program as the kelurahan's SIKS-NG operator types them into
 * the DTSEN usulan (Kepmensos 245/HUK/2025): one row per person, identity and address first, so that nothing filed at
 * the kiosk is typed twice. Usul reach SIKS-NG through the musyawarah kelurahan, so only those it approved are listed. Name and address come from the form, else the register, else the newest list that holds
 * the person; birth date and sex are read from the NIK, as the operator would.
 */
public final class SiksNgExport {

    public static final List<String> COLUMNS = List.of("jenis_usulan", "program", "nomor_tanda_terima",
            "tanggal_pengajuan", "nik", "no_kk", "nama", "tanggal_lahir", "jenis_kelamin", "alamat", "rt", "rw",
            "kelurahan", "kecamatan", "kabupaten_kota", "alasan", "tanggal_musyawarah", "status");

    private final ResidentRegistry residents;
    private final RecipientLists lists;
    private final Kelurahan kelurahan;
    private final ZoneId zone;

    public SiksNgExport(ResidentRegistry residents, RecipientLists lists, Kelurahan kelurahan, ZoneId zone) {
        this.residents = residents;
        this.lists = lists;
        this.kelurahan = kelurahan;
        this.zone = zone;
    }

    /**
     * The kind SIKS-NG files a case under, if it is an open sanggah, or an open usul the musyawarah kelurahan approved
     * (its newest decision), of an installed program.
     */
    public static Optional<String> kind(CaseRow c, ServiceDefinition service, Map<String, Decided> musyawarah) {
        if (c.closed || service == null) {
            return Optional.empty();
        }
        return switch (service.kind()) {
            case PROPOSAL -> Optional.ofNullable(musyawarah.get(c.tracking)).filter(Decided::approved)
                    .map(d -> "USULAN_BARU");
            case OBJECTION -> Optional.of("SANGGAH");
            default -> Optional.empty();
        };
    }

    public Map<String, Object> row(CaseRow c, ProgramDescriptor program, ServiceDefinition service, String kind,
                                   Optional<Decided> musyawarah) {
        Map<String, String> data = JsonText.readMap(c.data);
        String nik = c.subjectNik;
        Optional<Resident> known = nik == null ? Optional.empty() : residents.find(nik);
        Optional<RecipientRecord> listed = nik == null ? Optional.empty() : lists.programsOf(nik).stream()
                .flatMap(p -> lists.find(p, nik).stream()).findFirst();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jenis_usulan", kind);
        m.put("program", program.code());
        m.put("nomor_tanda_terima", c.tracking);
        m.put("tanggal_pengajuan", c.created.atZone(zone).toLocalDate().toString());
        m.put("nik", nik);
        m.put("no_kk", first(answer(service, data, FieldType.KK), known.map(Resident::kk), listed.map(RecipientRecord::kk)));
        m.put("nama", first(named(data, "name", "nama"), known.map(Resident::name), listed.map(RecipientRecord::name)));
        Optional<IdentityCheck> fromNik = Optional.ofNullable(nik).map(n -> NikValidator.nik(n, c.created.atZone(zone)
                .toLocalDate())).filter(IdentityCheck::valid);
        m.put("tanggal_lahir", fromNik.map(IdentityCheck::birthDate).map(LocalDate::toString).orElse(null));
        m.put("jenis_kelamin", fromNik.map(i -> i.female() ? "P" : "L").orElse(null));
        m.put("alamat", first(named(data, "address", "alamat"), known.map(Resident::address),
                listed.map(RecipientRecord::address)));
        m.put("rt", first(named(data, "rt"), known.map(Resident::rt), listed.map(RecipientRecord::rt)));
        m.put("rw", first(named(data, "rw"), known.map(Resident::rw), listed.map(RecipientRecord::rw)));
        m.put("kelurahan", first(named(data, "kelurahan"), known.map(Resident::kelurahan),
                listed.map(RecipientRecord::kelurahan), Optional.ofNullable(c.kelurahan)));
        m.put("kecamatan", kelurahan.kecamatan());
        m.put("kabupaten_kota", kelurahan.city());
        m.put("alasan", first(named(data, "reason", "explanation", "alasan"), Optional.ofNullable(c.category)));
        m.put("tanggal_musyawarah", musyawarah.map(d -> d.heldOn().toString()).orElse(null));
        m.put("status", c.stateLabelId);
        return m;
    }

    private static Optional<String> answer(ServiceDefinition service, Map<String, String> data, FieldType type) {
        return service.form().fields().stream().filter(f -> f.type() == type).map(FormField::name).map(data::get)
                .filter(v -> v != null && !v.isBlank()).findFirst();
    }

    private static Optional<String> named(Map<String, String> data, String... names) {
        for (String name : names) {
            String v = data.get(name);
            if (v != null && !v.isBlank()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static String first(Optional<String>... candidates) {
        for (Optional<String> c : candidates) {
            if (c.isPresent() && !c.get().isBlank()) {
                return c.get();
            }
        }
        return null;
    }
}
