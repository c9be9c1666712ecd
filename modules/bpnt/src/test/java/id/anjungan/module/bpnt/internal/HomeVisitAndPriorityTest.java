package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.CaseRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The home visit records findings, a photo and an usul's urgency; confirmed usul wait on the priority list. */
class HomeVisitAndPriorityTest {

    private static final Actor PSM = new Actor("psm1", "PSM Wulan", Role.PSM, null);
    private static final Actor TKSK = new Actor("tksk1", "TKSK Rahmat", Role.TKSK, null);

    private final Fixture f = new Fixture();

    @SuppressWarnings("unchecked")
    private Map<String, Object> op(String id, Map<String, Object> input, Actor actor) {
        return (Map<String, Object>) f.program.operate(id, input, actor);
    }

    private void filed(String tracking, String service, String nik, String filed) {
        String state = ConditionChangeFlow.SERVICE.equals(service) ? "dilaporkan" : "diajukan";
        f.platform.cases.put(new CaseRecord(tracking, "BPNT", service, state, nik, null, Map.of("nik", nik),
                Instant.parse(filed), null, List.of()));
    }

    private Map<String, Object> visit(String tracking, boolean confirmed, String urgency) {
        Map<String, Object> in = new HashMap<>(Map.of("tracking", tracking, "findings", "Rumah kontrakan satu kamar, "
                + "suami buruh harian, tiga anak sekolah.", "photo", "att-7f3a9c21", "confirmed", confirmed));
        if (urgency != null) {
            in.put("urgency", urgency);
        }
        return op("home-visit", in, PSM);
    }

    @Test
    void aVisitRecordsFindingsPhotoAndUrgencyAndMovesTheCase() {
        f.platform.cases.moveTo(Workflows.VISIT, Workflows.VISITED);
        filed("BPNT-2611-000031-2", ProposalFlow.SERVICE, Fixture.STRANGER, "2026-11-02T02:00:00Z");
        Map<String, Object> out = visit("BPNT-2611-000031-2", true, "tinggi");
        assertEquals(Workflows.VISITED, out.get("state"));
        CaseRecord c = f.platform.cases.find("BPNT-2611-000031-2").orElseThrow();
        assertEquals("true", c.data().get(HomeVisits.CONFIRMED));
        assertEquals("att-7f3a9c21", c.data().get(HomeVisits.PHOTO));
        assertEquals("2026-11-23", c.data().get(HomeVisits.DATE));
        assertEquals("TINGGI", c.data().get(HomeVisits.URGENCY));
        assertTrue(c.history().stream().anyMatch(h -> h.note().startsWith("Rumah kontrakan")));
    }

    @Test
    void aChangeReportIsVisitedWithoutAnUrgency() {
        f.platform.cases.moveTo(Workflows.VISIT, Workflows.VISITED);
        filed("BPNT-2611-000032-1", ConditionChangeFlow.SERVICE, Fixture.KPM, "2026-11-02T02:00:00Z");
        assertEquals(Workflows.VISITED, visit("BPNT-2611-000032-1", true, null).get("state"));
        assertFalse(f.platform.cases.find("BPNT-2611-000032-1").orElseThrow().data().containsKey(HomeVisits.URGENCY));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "findings|sudah dicek|invalid-findings",
        "findings|-|missing-findings",
        "photo|-|missing-photo",
        "photo|../x/../../y|invalid-photo",
        "confirmed|-|missing-confirmed",
        "urgency|-|missing-urgency",
        "urgency|SANGAT|invalid-urgency",
        "tracking|KJS-2611-000001-1|unknown-case"})
    void aVisitIsMoreThanAClick(String key, String value, String refusal) {
        filed("BPNT-2611-000031-2", ProposalFlow.SERVICE, Fixture.STRANGER, "2026-11-02T02:00:00Z");
        f.platform.cases.put(new CaseRecord("KJS-2611-000001-1", "KJS", "usul", "diajukan", Fixture.STRANGER, null,
                Map.of(), Instant.parse("2026-11-02T02:00:00Z"), null, List.of()));
        Map<String, Object> in = new HashMap<>(Map.of("tracking", "BPNT-2611-000031-2", "findings", "Rumah kontrakan "
                + "satu kamar, suami buruh harian.", "photo", "att-7f3a9c21", "confirmed", true, "urgency", "SEDANG"));
        if (value == null) {
            in.remove(key);
        } else {
            in.put(key, value);
        }
        assertEquals(refusal, assertThrows(ProgramException.class, () -> op("home-visit", in, PSM)).reason().code());
        assertEquals("diajukan", f.platform.cases.find("BPNT-2611-000031-2").orElseThrow().state());
    }

    @Test
    void thePriorityListHoldsConfirmedUsulMostUrgentFirstThenOldest() {
        f.platform.cases.moveTo(Workflows.VISIT, Workflows.VISITED);
        filed("BPNT-2611-000041-1", ProposalFlow.SERVICE, "3374015001501104", "2026-10-01T02:00:00Z");
        filed("BPNT-2611-000042-9", ProposalFlow.SERVICE, "3374012011901103", "2026-11-01T02:00:00Z");
        filed("BPNT-2611-000043-7", ProposalFlow.SERVICE, "3374011008881102", "2026-09-01T02:00:00Z");
        filed("BPNT-2611-000044-5", ProposalFlow.SERVICE, "3374014708581101", "2026-08-01T02:00:00Z");
        filed("BPNT-2611-000045-3", ObjectionFlow.SERVICE, Fixture.CREDITED, "2026-08-02T02:00:00Z");
        filed("BPNT-2611-000046-1", ConditionChangeFlow.SERVICE, Fixture.KPM, "2026-07-01T02:00:00Z");
        visit("BPNT-2611-000041-1", true, "SEDANG");
        visit("BPNT-2611-000042-9", true, "TINGGI");
        visit("BPNT-2611-000043-7", true, "SEDANG");
        visit("BPNT-2611-000044-5", false, "TINGGI");
        Map<String, Object> out = op("replacement-priority", Map.of(), TKSK);
        List<?> rows = (List<?>) out.get("candidates");
        assertEquals(List.of("BPNT-2611-000042-9", "BPNT-2611-000043-7", "BPNT-2611-000041-1"), rows.stream()
                .map(r -> ((Map<?, ?>) r).get("tracking")).toList(), "the unconfirmed visit is not listed");
        assertEquals(1, ((Map<?, ?>) rows.get(0)).get("rank"));
        assertEquals(List.of("BPNT-2611-000046-1", "BPNT-2611-000045-3"), ((List<?>) out.get("awaitingVisit"))
                .stream().map(r -> ((Map<?, ?>) r).get("tracking")).toList(), "the change report and the sanggah "
                + "still wait for their visit, oldest first");
        assertFalse(out.toString().contains("3374012011901103"), "NIKs are masked");
    }

    @Test
    void reportsThatFreeAPlacePromiseAReplacementFromThePriorityList() {
        for (String change : List.of("MAMPU", "PINDAH", "MENINGGAL_TANPA_KELUARGA")) {
            var next = f.assess(ConditionChangeFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "change", change,
                    "eventDate", "2026-11-01")).nextSteps();
            assertTrue(next.id().contains("daftar prioritas kelurahan"), change + ": " + next.id());
            assertTrue(next.en().contains("priority list"), change + ": " + next.en());
        }
        assertTrue(f.assess(ProposalFlow.SERVICE, Fixture.data("nik", Fixture.STRANGER, "kk", Fixture.KK, "relation",
                "TETANGGA", "reason", "Suami sakit, tidak bekerja")).nextSteps().id().contains("daftar prioritas"));
    }

    @Test
    void unknownOperationsAreRefused() {
        assertEquals("unknown-operation", assertThrows(ProgramException.class,
                () -> op("hapus", Map.of(), TKSK)).reason().code());
    }
}
