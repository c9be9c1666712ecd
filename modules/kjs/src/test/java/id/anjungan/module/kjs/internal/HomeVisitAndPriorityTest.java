package id.anjungan.module.kjs.internal;

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

/** The home visit records findings and a photo; confirmed proposals wait on the replacement priority list. */
class HomeVisitAndPriorityTest {

    private static final Actor PSM = new Actor("psm1", "PSM Wulan", Role.PSM, null);

    private final Fixture f = new Fixture();

    private Map<String, Object> op(String id, Map<String, Object> input, Actor actor) {
        return f.op(id, input, actor);
    }

    private void proposal(String tracking, String nik, String name, boolean neglected, String filed) {
        f.platform.cases.put(new CaseRecord(tracking, "KJS", ProposalFlow.SERVICE, "diajukan", nik, "BARU",
                Map.of("nik", nik, "name", name, "category", "PENYAKIT_KRONIS", "neglected",
                        Boolean.toString(neglected)), Instant.parse(filed), null, List.of()));
    }

    private Map<String, Object> visit(String tracking, boolean confirmed) {
        return op("home-visit", Map.of("tracking", tracking, "findings", "Tinggal sendiri, stroke sejak 2024, tidak "
                + "dapat bekerja.", "photo", "att-7f3a9c21", "confirmed", confirmed), PSM);
    }

    @Test
    void aVisitRecordsFindingsAndPhotoAndMovesTheCase() {
        f.platform.cases.moveTo(Workflows.VISIT, Workflows.VISITED);
        proposal("KJS-2611-000031-2", "3374015001501104", "Suparmi", false, "2026-11-02T02:00:00Z");
        Map<String, Object> out = visit("KJS-2611-000031-2", true);
        assertEquals(Workflows.VISITED, out.get("state"));
        CaseRecord c = f.platform.cases.find("KJS-2611-000031-2").orElseThrow();
        assertEquals("true", c.data().get(HomeVisits.CONFIRMED));
        assertEquals("att-7f3a9c21", c.data().get(HomeVisits.PHOTO));
        assertEquals("2026-11-23", c.data().get(HomeVisits.DATE));
        assertTrue(c.history().stream().anyMatch(h -> h.note().startsWith("Tinggal sendiri")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "findings|sudah dicek|invalid-findings",
        "findings|-|missing-findings",
        "photo|-|missing-photo",
        "photo|../x/../../y|invalid-photo",
        "confirmed|-|missing-confirmed",
        "tracking|BPNT-2611-000001-1|unknown-case"})
    void aVisitIsMoreThanAClick(String key, String value, String refusal) {
        proposal("KJS-2611-000031-2", "3374015001501104", "Suparmi", false, "2026-11-02T02:00:00Z");
        Map<String, Object> in = new HashMap<>(Map.of("tracking", "KJS-2611-000031-2", "findings", "Tinggal sendiri, "
                + "stroke sejak 2024.", "photo", "att-7f3a9c21", "confirmed", true));
        if (value == null) {
            in.remove(key);
        } else {
            in.put(key, value);
        }
        assertEquals(refusal, assertThrows(ProgramException.class, () -> op("home-visit", in, PSM)).reason().code());
        assertEquals("diajukan", f.platform.cases.find("KJS-2611-000031-2").orElseThrow().state());
    }

    @Test
    void thePriorityListHoldsConfirmedProposalsNeglectedFirstThenOldest() {
        f.platform.cases.moveTo(Workflows.VISIT, Workflows.VISITED);
        proposal("KJS-2611-000041-1", "3374015001501104", "Suparmi", false, "2026-10-01T02:00:00Z");
        proposal("KJS-2611-000042-9", "3374012011901103", "Kasmini", true, "2026-11-01T02:00:00Z");
        proposal("KJS-2611-000043-7", "3374011008881102", "Rohmat", false, "2026-09-01T02:00:00Z");
        proposal("KJS-2611-000044-5", "3374014708581101", "Tukiyem", true, "2026-08-01T02:00:00Z");
        visit("KJS-2611-000041-1", true);
        visit("KJS-2611-000042-9", true);
        visit("KJS-2611-000043-7", true);
        visit("KJS-2611-000044-5", false);
        Map<String, Object> out = op("replacement-priority", Map.of(), Fixture.TKSK);
        List<?> rows = (List<?>) out.get("candidates");
        assertEquals(List.of("Kasmini", "Rohmat", "Suparmi"), rows.stream().map(r -> ((Map<?, ?>) r).get("name"))
                .toList(), "the unconfirmed visit is not listed");
        assertEquals(1, ((Map<?, ?>) rows.get(0)).get("rank"));
        assertFalse(out.toString().contains("3374012011901103"), "NIKs are masked");
    }
}
