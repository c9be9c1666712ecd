package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Retur is enforced at the desk: who may no longer be paid is neither packed nor recorded as collected. */
class PaymentGuardTest {

    private final Fixture f = new Fixture().withSk();

    private Map<String, Object> op(String id, Map<String, Object> input) {
        return f.op(id, input, Fixture.TKSK);
    }

    private static String ref(String nik) {
        return Refs.of("2026-Q4", nik);
    }

    private Map<String, Object> individual(String nik) {
        return op("pack", Map.of("mode", "INDIVIDUAL", "ref", ref(nik)));
    }

    private void retur(String state) {
        f.platform.cases.put(new CaseRecord("KJS-2611-000021-4", "KJS", ReturFlow.SERVICE, state, Fixture.CARD,
                "MENINGGAL", Map.of("nik", Fixture.CARD, "reason", "MENINGGAL"), Instant.now(), null, List.of()));
    }

    private Map<?, ?> stopOf(String nik) {
        return ((List<?>) op("recipients", Map.of()).get("recipients")).stream().map(r -> (Map<?, ?>) r)
                .filter(r -> r.get("ref").equals(ref(nik))).findFirst().orElseThrow().get("stop") instanceof Map<?, ?> m
                ? m : null;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Resident.Standing.class, names = {"DECEASED", "MOVED", "DECLARED_ABLE"})
    void aRecipientRecordedAsNoLongerEntitledIsNotPacked(Resident.Standing standing) {
        f.platform.residents.save(new Resident(Fixture.CARD, null, "Sutrisno Prasetyo", null, "Jl. Kauman 7", "02",
                "01", "Kauman", standing));
        ProgramException e = assertThrows(ProgramException.class, () -> individual(Fixture.CARD));
        assertEquals("payment-stopped", e.reason().code());
        assertTrue(e.reason().message().id().contains("Sutrisno Prasetyo"), e.reason().message().id());
        assertEquals("STOPPED", stopOf(Fixture.CARD).get("kind"));
        assertEquals(null, stopOf(Fixture.ALONE));
    }

    @Test
    void aDeathRecordedAfterThePackWasMadeStopsTheRecording() {
        Map<String, Object> pack = individual(Fixture.CARD);
        f.platform.residents.save(new Resident(Fixture.CARD, null, "Sutrisno Prasetyo", null, "Jl. Kauman 7", "02",
                "01", "Kauman", Resident.Standing.DECEASED));
        assertEquals("payment-stopped", assertThrows(ProgramException.class, () -> op("record",
                Map.of("packId", pack.get("packId"), "ref", ref(Fixture.CARD)))).reason().code());
        assertEquals(0, f.platform.ledger.entries("KJS-PENCAIRAN-2026-Q3").size());
    }

    @Test
    void theDeceasedOfTheSantunanKematianListIsNotPacked() {
        f.platform.recipients.put("SANKEM", "2026", List.of(new RecipientRecord("SANKEM", "2026", "3374015506700011",
                "3374011203100012", "Sumarni", "Jl. Kauman 7", "02", "01", "Kauman",
                Map.of("nik_almarhum", Fixture.CARD, "nama_almarhum", "Sutrisno Prasetyo"))));
        assertEquals("death-list", stopOf(Fixture.CARD).get("code"));
        assertEquals("payment-stopped", assertThrows(ProgramException.class, () -> individual(Fixture.CARD))
                .reason().code());
        assertTrue(f.program.status(f.platform.recipients.find("KJS", Fixture.CARD)).note().id()
                .contains("Santunan Kematian"));
    }

    @ParameterizedTest(name = "retur in {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "dilaporkan|-", "diverifikasi|-", "diusulkan|HELD", "retur|STOPPED", "dibatalkan|-", "ditolak|-"})
    void aReturHoldsOnceProposedAndStopsOnceDecided(String state, String kind) {
        retur(state);
        Map<?, ?> stop = stopOf(Fixture.CARD);
        assertEquals(kind, stop == null ? null : stop.get("kind"));
        if (kind == null) {
            assertEquals("PKT-2026-Q3-001", individual(Fixture.CARD).get("packId"));
        } else {
            assertEquals("payment-stopped", assertThrows(ProgramException.class, () -> individual(Fixture.CARD))
                    .reason().code());
        }
    }

    @Test
    void aRecipientAlsoOnTheBpntListIsHeldAsDoubleAid() {
        f.platform.recipients.put("BPNT", "2026-11", List.of(new RecipientRecord("BPNT", "2026-11", Fixture.ALONE,
                null, "Rohmat Lestyani", "Jl. Kauman 7", "02", "01", "Kauman", Map.of())));
        assertEquals("double-aid", stopOf(Fixture.ALONE).get("code"));
        assertEquals("payment-stopped", assertThrows(ProgramException.class, () -> individual(Fixture.ALONE))
                .reason().code());
    }

    @Test
    void theStandingIsWrittenWhenTheReturIsDecidedNotWhenProposed() {
        f.platform.residents.save(new Resident(Fixture.CARD, null, "Sutrisno Prasetyo", null, "Jl. Kauman 7", "02",
                "01", "Kauman", Resident.Standing.ACTIVE));
        CaseRecord c = new CaseRecord("KJS-2611-000021-4", "KJS", ReturFlow.SERVICE, "diusulkan", Fixture.CARD,
                "MENINGGAL", Map.of("nik", Fixture.CARD, "reason", "MENINGGAL"), Instant.now(), null, List.of());
        var workflow = Workflows.retur(14);
        f.program.transitioned(c, workflow.transitions().stream().filter(t -> t.id().equals("usulkan")).findFirst()
                .orElseThrow(), Fixture.TKSK);
        assertEquals(Resident.Standing.ACTIVE, f.platform.residents.find(Fixture.CARD).orElseThrow().standing());
        f.program.transitioned(c, workflow.transitions().stream().filter(t -> t.id().equals("retur")).findFirst()
                .orElseThrow(), Fixture.TKSK);
        assertEquals(Resident.Standing.DECEASED, f.platform.residents.find(Fixture.CARD).orElseThrow().standing());
    }

    @Test
    void onlyTheSocialOfficeDecidesAReturOrAProposal() {
        for (var workflow : List.of(Workflows.retur(14), Workflows.proposal(14))) {
            workflow.transitions().stream().filter(t -> List.of("retur", "batal", "terima").contains(t.id())
                    || (t.id().equals("tolak") && t.from().equals("diteruskan")))
                    .forEach(t -> assertEquals(java.util.Set.of(id.anjungan.spi.Role.DINSOS), t.roles(), t.id()));
            assertFalse(workflow.transitions().stream().anyMatch(t -> t.to().equals("diterima")
                    && t.roles().contains(id.anjungan.spi.Role.TKSK)));
        }
    }
}
