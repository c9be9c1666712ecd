package id.anjungan.module.jumatkoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Disability;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import id.anjungan.spi.ScreeningAnswers;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.platform.CaseRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JumatKoinProgramTest {

    private final Fixture f = new Fixture();
    private final ProgramDescriptor descriptor = f.program.descriptor();

    @Test
    void theCamatDecidesAndAnotherKecamatanSaysItsOwn() {
        assertEquals("Camat Semarang Tengah", descriptor.decidedBy().in("id"));
        assertEquals("the Camat (head) of Kecamatan Semarang Tengah", descriptor.decidedBy().in("en"));
        ProgramDescriptor elsewhere = new Fixture(Map.of("decidedBy", "Camat Gajahmungkur",
                "decidedByEnglish", "the Camat of Gajahmungkur")).program.descriptor();
        assertEquals("Camat Gajahmungkur", elsewhere.decidedBy().in("id"));
        assertEquals("the Camat of Gajahmungkur", elsewhere.decidedBy().in("en"));
    }

    @Test
    void theLedgerIsPublicAndTheDesksAreForStaff() {
        ServiceDefinition kas = descriptor.service("kas").orElseThrow();
        assertEquals(ServiceKind.DESK, kas.kind());
        assertTrue(kas.isPublic());
        assertEquals(Set.of(Role.RESIDENT), descriptor.operation("kas").orElseThrow().roles());
        assertEquals(Set.of(Role.KASI_KESOS, Role.CAMAT),
                descriptor.operation("catat-setoran").orElseThrow().roles());
        assertEquals(Set.of(Role.CAMAT), descriptor.operation("setujui-pencairan").orElseThrow().roles());
        ServiceDefinition request = descriptor.service("ajukan-bantuan-rumah").orElseThrow();
        assertEquals(ServiceKind.APPLICATION, request.kind());
        assertTrue(request.withoutIdentity());
        assertEquals(FieldType.ATTACHMENT, request.form().field("photo1").orElseThrow().type());
        assertTrue(request.form().field("photo1").orElseThrow().required());
    }

    @Test
    void everyScreenScriptAndTheIconShipInTheBundle() {
        assertNotNull(getClass().getClassLoader().getResource("ui/" + descriptor.icon()));
        descriptor.screens().forEach(s -> assertNotNull(getClass().getClassLoader().getResource("ui/" + s.script()),
                s.script()));
    }

    @ParameterizedTest(name = "damaged={0} poor={1} → {2}")
    @CsvSource({"true, true, LIKELY", "true, false, POSSIBLE", "false, true, NOT_RELEVANT"})
    void screening(boolean damaged, boolean poor, Eligibility.Verdict verdict) {
        Eligibility e = f.program.screen(new ScreeningAnswers(45, Disability.NONE, false, false, poor, Set.of(),
                damaged, false, false));
        assertEquals(verdict, e.verdict());
    }

    @Test
    void unknownOperationsAreRefused() {
        assertEquals("unknown-operation", assertThrows(ProgramException.class,
                () -> f.program.operate("hapus-kas", Map.of(), Fixture.CAMAT)).reason().code());
    }

    @Test
    void fromCollectionToPayout() {
        f.collect(f.p.clock.today().minusDays(3).toString(), 2_750_000);
        f.collect(f.p.clock.today().minusDays(10).toString(), 1_500_000);
        CaseRecord request = f.request(Map.of("cause", "BANJIR", "kelurahan", "Kauman"));

        Map<?, ?> ranked = (Map<?, ?>) ((List<?>) f.op("prioritas", Map.of(), Fixture.TKSK).get("requests")).get(0);
        assertEquals(request.tracking(), ranked.get("tracking"));
        assertEquals("diajukan", ranked.get("state"));

        f.op("catat-survei", Map.of("tracking", request.tracking(), "damage", "SEDANG", "estimatedCost",
                BigDecimal.valueOf(3_000_000), "note", "Dinding belakang roboh terbawa arus."), Fixture.TKSK);
        Map<?, ?> surveyed = (Map<?, ?>) ((List<?>) f.op("prioritas", Map.of(), Fixture.TKSK).get("requests")).get(0);
        assertEquals("diverifikasi", surveyed.get("state"));
        assertEquals(3_000_000L, surveyed.get("estimatedCost"));

        f.op("setujui-pencairan", Map.of("tracking", request.tracking(), "amount", BigDecimal.valueOf(3_000_000),
                "payeeKind", "TOKO", "payee", "Toko Bangunan Sinar Jaya",
                "purpose", "Perbaikan dinding rumah terdampak banjir"), Fixture.CAMAT);

        CaseRecord paid = f.p.cases.find(request.tracking()).orElseThrow();
        assertEquals("dibayar", paid.state());
        assertEquals(List.of("submit", "annotate", "verifikasi", "annotate", "cairkan"),
                paid.history().stream().map(s -> s.transition()).toList());
        Map<String, Object> kas = f.op("kas", Map.of(), null);
        assertEquals(1_250_000L, kas.get("balance"));
        Map<?, ?> row = (Map<?, ?>) ((List<?>) kas.get("disbursements")).get(0);
        assertEquals("Perbaikan dinding rumah terdampak banjir", row.get("purpose"));
        assertEquals("Kauman", row.get("kelurahan"));
        assertTrue(((List<?>) f.op("prioritas", Map.of(), Fixture.TKSK).get("requests")).isEmpty());
        assertTrue(f.p.audit.entries.isEmpty(), "a payout through the desk needs no warning");
    }

    @Test
    void aPayoutWithTheGenericButtonIsFlagged() {
        CaseRecord request = f.request(Map.of());
        CaseRecord moved = f.p.cases.transition(request.tracking(), "cairkan", "", Fixture.CAMAT);
        f.program.transitioned(moved, descriptor.workflow("bantuan-rumah").orElseThrow()
                .transition("diverifikasi", "cairkan").orElseThrow(), Fixture.CAMAT);
        assertEquals(1, f.p.audit.entries.size());
    }
}
