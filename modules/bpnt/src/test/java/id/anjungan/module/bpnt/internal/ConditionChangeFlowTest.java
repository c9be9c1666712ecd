package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.Role;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.testkit.TestPlatform;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionChangeFlowTest {

    private final Fixture f = new Fixture();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MENINGGAL_ADA_KELUARGA|kk surat-kematian kks ktp-pengurus-baru|ganti pengurus",
        "MENINGGAL_TANPA_KELUARGA|kk surat-kematian kks|KKS ditarik",
        "PINDAH|kk surat-pindah|diusulkan keluar dari daftar",
        "PISAH|kk kk-baru surat-pisah ktp-pengurus-baru|pengurus di KK mana",
        "MAMPU|kk|diusulkan keluar dari daftar"})
    void eachChangeGivesItsChecklist(String change, String checklist, String next) {
        Assessment a = f.assess(ConditionChangeFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "change", change));
        assertTrue(a.accepted());
        assertEquals(change, a.category());
        assertEquals(List.of(checklist.split(" ")), a.checklist().stream().map(Document::id).toList());
        assertTrue(a.nextSteps().id().contains(next), a.nextSteps().id());
        boolean removal = !change.equals("PISAH") && !change.equals("MENINGGAL_ADA_KELUARGA");
        assertEquals(removal, a.nextSteps().id().endsWith("Bantuan baru berhenti setelah Kementerian Sosial "
                + "memutuskan, bukan saat laporan ini dibuat."), "a removal stops aid only once decided: "
                + a.nextSteps().id());
        assertEquals(removal, a.nextSteps().en().contains("only stops once the Ministry of Social Affairs decides"));
    }

    @Test
    void onlyAKpmCanBeReported() {
        Assessment a = f.assess(ConditionChangeFlow.SERVICE, Fixture.data("nik", Fixture.STRANGER, "change", "MAMPU"));
        assertEquals("not-kpm", a.refusals().get(0).code());
    }

    @Test
    void theNewHolderIsSomeoneElse() {
        Assessment a = f.assess(ConditionChangeFlow.SERVICE, Fixture.data("nik", Fixture.KPM,
                "change", "PISAH", "newHolderNik", Fixture.KPM));
        assertEquals("same-holder", a.refusals().get(0).code());
    }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({"MENINGGAL_TANPA_KELUARGA,dikeluarkan,DECEASED", "MENINGGAL_ADA_KELUARGA,ganti-pengurus,DECEASED",
        "PINDAH,dikeluarkan,MOVED", "MAMPU,dikeluarkan,DECLARED_ABLE", "PISAH,ganti-pengurus,ACTIVE",
        "MAMPU,ditolak,ACTIVE", "MAMPU,diverifikasi,ACTIVE", "MAMPU,retur,ACTIVE",
        "MENINGGAL_TANPA_KELUARGA,retur,ACTIVE", "PINDAH,retur,ACTIVE"})
    void aDecidedChangeEndsTheHoldersEntitlement(String change, String to, Resident.Standing expected) {
        f.platform.residents.save(new Resident(Fixture.KPM, null, "Warga Uji", LocalDate.of(1970, 6, 15), "Jl. Uji",
                "01", "02", "Miroto", Resident.Standing.ACTIVE));
        CaseRecord record = new CaseRecord("BPNT-2611-000001-1", "BPNT", ConditionChangeFlow.SERVICE, to,
                Fixture.KPM, change, Map.of("nik", Fixture.KPM, "change", change), Instant.now(), null, List.of());
        f.program.transitioned(record, Transition.of(to, "diverifikasi", to, null, Role.TKSK),
                TestPlatform.actor("tksk", Role.TKSK));
        assertEquals(expected, f.platform.residents.find(Fixture.KPM).orElseThrow().standing());
        boolean audited = f.platform.audit.entries.stream().anyMatch(e -> e.contains("bpnt-holder-standing"));
        assertEquals(expected != Resident.Standing.ACTIVE, audited);
        assertFalse(f.platform.audit.entries.stream().anyMatch(e -> e.contains(Fixture.KPM)), "NIK must be masked");
    }

    @Test
    void otherServicesLeaveStandingAlone() {
        f.platform.residents.save(new Resident(Fixture.KPM, null, "Warga Uji", null, "Jl. Uji", "01", "02", "Miroto",
                Resident.Standing.ACTIVE));
        CaseRecord record = new CaseRecord("BPNT-2611-000002-1", "BPNT", ObjectionFlow.SERVICE, "retur", Fixture.KPM,
                null, Map.of("nik", Fixture.KPM, "change", "MAMPU"), Instant.now(), null, List.of());
        f.program.transitioned(record, Transition.of("retur", "a", "retur", null, Role.TKSK),
                TestPlatform.actor("tksk", Role.TKSK));
        assertEquals(Resident.Standing.ACTIVE, f.platform.residents.find(Fixture.KPM).orElseThrow().standing());
    }
}
