package id.anjungan.host.worklist.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.musyawarah.control.MusyawarahRecords.Decided;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.testkit.MemoryRecipientLists;
import id.anjungan.testkit.MemoryResidents;
import id.anjungan.testkit.TestClock;
import id.anjungan.testkit.TestKelurahan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SiksNgExportTest {

    static final Text L = Text.of("Isian", "Field");
    static final String WOMAN = "3374014505800003"; // born 5 May 1980 (day + 40)
    static final String KK = "3374011203150004";
    static final ServiceDefinition USUL = service("usul", ServiceKind.PROPOSAL, FormDefinition.of(
            FormField.of("nik", FieldType.NIK, L), FormField.of("kk", FieldType.KK, L),
            FormField.of("reason", FieldType.TEXT, L)));
    static final ProgramDescriptor BPNT = new ProgramDescriptor("BPNT", L, L, "icon.svg", List.of(USUL), List.of(),
            Set.of(), Set.of(), List.of(), List.of());

    final MemoryResidents residents = new MemoryResidents(new TestClock());
    final MemoryRecipientLists lists = new MemoryRecipientLists();
    final SiksNgExport export = new SiksNgExport(residents, lists, new TestKelurahan(), ZoneId.of("Asia/Jakarta"));

    static ServiceDefinition service(String id, ServiceKind kind, FormDefinition form) {
        return new ServiceDefinition(id, kind, L, L, null, Set.of(Role.RESIDENT), form, List.of(), null, null, false);
    }

    static CaseRow row(String nik, Map<String, String> data, boolean closed) {
        CaseRow c = new CaseRow();
        c.tracking = "BPNT-2612-000007-3";
        c.program = "BPNT";
        c.service = "usul";
        c.subjectNik = nik;
        c.data = JsonText.write(data);
        c.closed = closed;
        c.kelurahan = "Miroto";
        c.stateLabelId = "Diajukan";
        c.created = Instant.parse("2026-12-01T17:30:00Z"); // 2 December in Semarang
        return c;
    }

    @ParameterizedTest(name = "{0}, closed {1}, musyawarah {2} → {3}")
    @CsvSource({"PROPOSAL, false, APPROVED, USULAN_BARU", "PROPOSAL, false, REJECTED, -", "PROPOSAL, false, NONE, -",
            "OBJECTION, false, NONE, SANGGAH", "PROPOSAL, true, APPROVED, -", "OBJECTION, true, NONE, -",
            "APPLICATION, false, APPROVED, -", "REPORT, false, NONE, -", "COMPLAINT, false, NONE, -"})
    void openSanggahAndUsulTheMusyawarahApprovedAreExported(ServiceKind kind, boolean closed, String musyawarah,
                                                            String expected) {
        Map<String, Decided> decided = "NONE".equals(musyawarah) ? Map.of() : Map.of("BPNT-2612-000007-3",
                new Decided("BPNT-2612-000007-3", LocalDate.parse("2026-12-03"), "APPROVED".equals(musyawarah), ""));
        Optional<String> exported = SiksNgExport.kind(row(WOMAN, Map.of(), closed), service("x", kind,
                FormDefinition.of()), decided);
        assertEquals("-".equals(expected) ? Optional.empty() : Optional.of(expected), exported);
    }

    @Test
    void aCaseOfAProgramNoLongerInstalledIsLeftOut() {
        assertEquals(Optional.empty(), SiksNgExport.kind(row(WOMAN, Map.of(), false), null, Map.of()));
    }

    @Test
    void theOperatorGetsTheFullIdentityTheAddressOnRecordAndTheBirthDateAndSexFromTheNik() {
        residents.save(new Resident(WOMAN, null, "Siti Aminah", null, "Jl. Miroto 3", "002", "001", "Miroto",
                Resident.Standing.ACTIVE));
        Map<String, Object> r = export.row(row(WOMAN, Map.of("nik", WOMAN, "kk", KK, "reason", "Suami meninggal"),
                false), BPNT, USUL, "USULAN_BARU", Optional.of(new Decided("BPNT-2612-000007-3",
                LocalDate.parse("2026-12-03"), true, "Layak diusulkan")));
        assertEquals(SiksNgExport.COLUMNS, List.copyOf(r.keySet()));
        assertEquals(List.of("USULAN_BARU", "BPNT", "BPNT-2612-000007-3", "2026-12-02", WOMAN, KK, "Siti Aminah",
                "1980-05-05", "P", "Jl. Miroto 3", "002", "001", "Miroto", "Semarang Tengah", "Kota Semarang",
                "Suami meninggal", "2026-12-03", "Diajukan"), List.copyOf(r.values()));
    }

    @Test
    void withoutARegisterEntryNameAndAddressComeFromTheListThatHoldsThePerson() {
        lists.put("KJS", "2026-Q4", List.of(new RecipientRecord("KJS", "2026-Q4", WOMAN, KK, "Siti Aminah",
                "Jl. Kauman 7", "02", "01", "Kauman", Map.of())));
        Map<String, Object> r = export.row(row(WOMAN, Map.of("nik", WOMAN), false), BPNT, USUL, "SANGGAH",
                Optional.empty());
        assertEquals(KK, r.get("no_kk"));
        assertEquals("Siti Aminah", r.get("nama"));
        assertEquals("Jl. Kauman 7", r.get("alamat"));
        assertEquals("Kauman", r.get("kelurahan"), "where the person lives, not the kiosk the case was filed at");
    }
}
