package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Role;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.Resident;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturAndCardTest {

    private final Fixture f = new Fixture();

    @ParameterizedTest(name = "retur {1} of {0}, replacement {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "3374010203650012|MENINGGAL|-|-|-|surat-kematian",
        "3374010203650012|PINDAH|-|-|-|surat-pindah",
        "3374010203650012|MAMPU|-|-|-|-",
        "3374010203650012|BANTUAN_PUSAT|-|-|-|kartu-bantuan-pusat",
        "3374010203650012|MENINGGAL|3374015001501104|LANSIA_TERLANTAR|-|surat-kematian identitas surat-dokter foto "
                + "pengantar-rt-rw surat-terlantar",
        "3374010203650012|MENINGGAL|3374015001501104|PENYAKIT_KRONIS|-|surat-kematian identitas surat-dokter foto "
                + "pengantar-rt-rw surat-terlantar",
        "3374010203650012|MENINGGAL|3374015506700011|DISABILITAS_MENTAL|central-aid-bpnt|-",
        "3374010203650012|MENINGGAL|3374014708581101|DISABILITAS_MENTAL|already-kjs|-",
        "3374010203650012|MENINGGAL|3374010203650012|DISABILITAS_MENTAL|same-person|-",
        "3374010203650012|MENINGGAL|3374015001501104|DISABILITAS_SENSORIK|category-not-covered|-",
        "3374015001501104|MENINGGAL|-|-|not-kjs|-"})
    void returRules(String nik, String reason, String replacement, String category, String refusal,
                    String checklist) {
        Assessment a = f.assess(ReturFlow.SERVICE, Fixture.data("nik", nik, "reason", reason,
                "proposeReplacement", replacement == null ? "false" : "true", "replacementNik", replacement,
                "replacementCategory", category, "replacementNeglected", "true"));
        if (refusal != null) {
            assertTrue(a.refusals().stream().map(Reason::code).toList().contains(refusal), a.refusals()::toString);
            return;
        }
        assertEquals(reason, a.category());
        assertEquals(checklist == null ? List.of() : List.of(checklist.split(" ")),
                a.checklist().stream().map(Document::id).toList());
        assertEquals(replacement != null, a.nextSteps().id().contains("dan diganti"));
        assertTrue(a.nextSteps().id().contains("Dana berhenti dicairkan setelah Dinas Sosial memutuskan, bukan saat "
                + "laporan ini dibuat"), a.nextSteps().id());
    }

    @ParameterizedTest(name = "retur {0} → {1}")
    @CsvSource({"MENINGGAL,DECEASED", "PINDAH,MOVED", "MAMPU,DECLARED_ABLE", "BANTUAN_PUSAT,ACTIVE"})
    void aProposedReturEndsEntitlement(String reason, Resident.Standing expected) {
        f.platform.residents.save(new Resident(Fixture.CARD, null, "Sutrisno", null, "Jl", "02", "01", "Kauman",
                Resident.Standing.ACTIVE));
        CaseRecord c = new CaseRecord("KJS-2611-000001-3", "KJS", ReturFlow.SERVICE, "retur", Fixture.CARD, reason,
                Map.of("nik", Fixture.CARD, "reason", reason), Instant.now(), null, List.of());
        f.program.transitioned(c, Transition.of("retur", "diverifikasi", "retur", null, Role.TKSK), Fixture.TKSK);
        assertEquals(expected, f.platform.residents.find(Fixture.CARD).orElseThrow().standing());
        assertFalse(f.platform.audit.entries.stream().anyMatch(e -> e.contains(Fixture.CARD)));
    }

    @ParameterizedTest(name = "card {1} of {0} account {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "3374014708581101|HILANG|-|-|identitas buku-tabungan surat-kehilangan",
        "3374014708581101|HILANG|2031007789|-|identitas buku-tabungan surat-kehilangan",
        "3374014708581101|RUSAK|2031 0077 89|-|identitas buku-tabungan kartu-rusak",
        "3374010203650012|BELUM_TERCETAK|-|-|identitas buku-tabungan",
        "3374014708581101|HILANG|2031007780|account-mismatch|-",
        "3374014708581101|HILANG|12345|account-format|-",
        "3374014708581101|HILANG|20310077AB|account-format|-",
        "3374015001501104|HILANG|2031007789|not-kjs|-"})
    void cardProblemRecordsTheAccountPath(String nik, String card, String account, String refusal, String checklist) {
        Assessment a = f.assess(CardFlow.SERVICE, Fixture.data("nik", nik, "card", card, "accountNumber", account));
        if (refusal != null) {
            assertEquals(refusal, a.refusals().get(0).code());
            return;
        }
        assertEquals(card, a.category());
        assertEquals(List.of(checklist.split(" ")), a.checklist().stream().map(Document::id).toList());
        assertTrue(a.nextSteps().id().contains("tanpa kartu"));
    }

    @org.junit.jupiter.api.Test
    void anAccountIsNeededWhenTheListHasNone() {
        f.platform.recipients.put("KJS", "2026-Q4", List.of(new id.anjungan.spi.platform.RecipientRecord("KJS",
                "2026-Q4", Fixture.ALONE, null, "Rohmat", "Jl", "01", "01", "Kauman", Map.of("kartu", "BELUM_TERCETAK"))));
        assertEquals("account-needed", f.assess(CardFlow.SERVICE, Fixture.data("nik", Fixture.ALONE,
                "card", "BELUM_TERCETAK")).refusals().get(0).code());
        assertTrue(f.assess(CardFlow.SERVICE, Fixture.data("nik", Fixture.ALONE, "card", "BELUM_TERCETAK",
                "accountNumber", "2029150746")).accepted());
    }
}
