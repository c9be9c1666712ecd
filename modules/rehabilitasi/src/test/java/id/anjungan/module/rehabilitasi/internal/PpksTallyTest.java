package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.PpksCategory;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import id.anjungan.spi.platform.RecipientRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pendataan PPKS and the monthly table of seed 000 (000:L3684-3712). */
class PpksTallyTest {

    /** "Table 10 Data PPKS Kecamatan Semarang Tengah November 2023", code → people. */
    private static final Map<String, Integer> NOVEMBER_2023 = new LinkedHashMap<>();

    static {
        NOVEMBER_2023.put("4", 3);
        NOVEMBER_2023.put("5a", 9);
        NOVEMBER_2023.put("5b", 13);
        NOVEMBER_2023.put("8", 1);
        NOVEMBER_2023.put("9a", 70);
        NOVEMBER_2023.put("9b", 32);
        NOVEMBER_2023.put("9c", 8);
        NOVEMBER_2023.put("9d", 2);
        NOVEMBER_2023.put("10", 1);
        NOVEMBER_2023.put("15", 7);
        NOVEMBER_2023.put("24", 694);
    }

    private final Fixture f = new Fixture();
    private int recorded;

    @BeforeEach
    void pendataanSteps() {
        for (Transition t : f.program.descriptor().workflow("pendataan").orElseThrow().transitions()) {
            f.p.cases.moveTo(t.id(), t.to());
        }
    }

    @Test
    void theDemoPeopleReproduceTheNovember2023Table() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/main/demo/ppks-2023-11.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<RecipientRecord> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).map(c ->
                new RecipientRecord("REHSOS", "2023-11", c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                        Map.of("ppks_code", c[header.indexOf("ppks_code")]))).toList();
        f.p.recipients.put("REHSOS", "2023-11", rows);

        Map<String, Object> table = f.op("rekap-ppks", Map.of("month", "2023-11"));
        assertEquals(NOVEMBER_2023, codesAndTotals(table));
        assertEquals(840, table.get("total"), "Jumlah 840");
        @SuppressWarnings("unchecked")
        Map<String, Integer> perKelurahan = (Map<String, Integer>) table.get("totals");
        assertEquals(840, perKelurahan.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(perKelurahan.values().stream().allMatch(n -> n > 0), "every kelurahan has PPKS: " + perKelurahan);
        assertEquals(List.of(f.config.kelurahan()), table.get("kelurahan"), "no kelurahan outside the kecamatan");
    }

    // a field record of the month adds a person, or moves a listed NIK to its newer category; a cancelled one is out
    @ParameterizedTest(name = "{0} {1} {2} → 24:{4} 9a:{5} total {6}")
    @CsvSource(nullValues = "-", value = {
        "-,                9a, tercatat,      Sekayu, 2, 1, 3",
        "3374011111500001, 9a, terverifikasi, Sekayu, 1, 1, 2",
        "3374011111500009, 9a, terverifikasi, Sekayu, 2, 1, 3",
        "3374011111500001, 9a, dibatalkan,    Sekayu, 2, -, 2",
        "-,                24, tercatat,      Kauman, 3, -, 3",
    })
    void fieldRecordsOfTheMonthJoinTheListedPeople(String nik, String code, String state, String kelurahan,
                                                   Integer poor, Integer physical, int total) {
        f.p.recipients.put("REHSOS", "2023-11", List.of(listed("3374011111500001"), listed("3374011111500002")));
        record(nik, code, state, kelurahan, "2023-11-20");
        record("3374011111500003", "9a", "tercatat", kelurahan, "2023-12-01"); // another month
        Map<String, Object> table = f.op("rekap-ppks", Map.of("month", "2023-11"));
        Map<String, Integer> totals = codesAndTotals(table);
        assertEquals(poor, totals.get("24"));
        assertEquals(physical, totals.get("9a"));
        assertEquals(total, table.get("total"));
    }

    @Test
    void aMonthWithoutListCountsTheFieldRecordsOnly() {
        String today = f.p.clock.today().toString();
        record(null, "11", "tercatat", "Kauman", today);
        record(null, "12", "tercatat", "Kauman", today);
        Map<String, Object> table = f.op("rekap-ppks", Map.of());
        assertEquals(today.substring(0, 7), table.get("month"), "the current month by default");
        assertEquals(Map.of("11", 1, "12", 1), codesAndTotals(table));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13", "23-11", "2023/11", "November", "2023-11-01", "２０２３-１１"})
    void aMalformedMonthIsRefusedInBothLanguages(String month) {
        ProgramException e = assertThrows(ProgramException.class, () -> f.op("rekap-ppks", Map.of("month", month)));
        assertEquals("invalid-month", e.reason().code());
        assertTrue(e.reason().message().id().contains("TTTT-BB") && e.reason().message().en().contains("YYYY-MM"));
    }

    @ParameterizedTest(name = "nik={0} code={1} → {2}")
    @CsvSource(nullValues = "-", value = {"3374011111500001, 24, ppks:3374011111500001:2023-11",
        "-, 11, -", "3374011111500001, 99, unknown-ppks-code", "-, 9с, unknown-ppks-code"})
    void aNikIsRecordedOnceAMonth(String nik, String code, String outcome) {
        Map<String, String> data = new HashMap<>(Map.of("personName", "Pak Kasno", "kelurahan", "Kauman",
                "ppksCode", code, "recordedOn", "2023-11-20"));
        if (nik != null) {
            data.put("nik", nik);
        }
        Assessment a = f.program.assess(new Submission("REHSOS", PendataanForm.SERVICE, data,
                new Actor("psm", "Pak Joko", Role.PSM, null), nik));
        assertEquals(outcome, a.accepted() ? a.claimKey() : a.refusals().get(0).code());
    }

    @Test
    void psmAndTkskRecordAndTheTkskVerifies() {
        var service = f.program.descriptor().service(PendataanForm.SERVICE).orElseThrow();
        assertEquals(java.util.Set.of(Role.PSM, Role.TKSK), service.startedBy());
        assertTrue(!service.form().field("nik").orElseThrow().required(), "a beggar without KTP is recorded too");
        assertEquals(PpksCategory.values().length, service.form().field("ppksCode").orElseThrow().choices().size());
        f.program.descriptor().workflow("pendataan").orElseThrow().transitions()
                .forEach(t -> assertEquals(java.util.Set.of(Role.TKSK), t.roles(), t.id()));
    }

    @Test
    void theRehabilitasiCategoriesMapToTheRegister() {
        assertEquals(java.util.Set.of(PpksCategory.GELANDANGAN, PpksCategory.PENGEMIS), Category.PGOT.ppks());
        assertEquals(Category.ODGJ, Category.of(PpksCategory.DISABILITAS_MENTAL).orElseThrow());
        assertTrue(Category.of(PpksCategory.FAKIR_MISKIN).isEmpty(), "poverty alone is no panti case");
    }

    private static RecipientRecord listed(String nik) {
        return new RecipientRecord("REHSOS", "2023-11", nik, "3374010101100001", "Warga " + nik.substring(12),
                "Jl. Sekayu Raya No. 1", "1", "1", "Sekayu", Map.of("ppks_code", "24"));
    }

    private void record(String nik, String code, String state, String kelurahan, String on) {
        Map<String, String> data = new HashMap<>(Map.of("personName", "Warga", "kelurahan", kelurahan,
                "ppksCode", code, "recordedOn", on));
        if (nik != null) {
            data.put("nik", nik);
        }
        var now = f.p.clock.now();
        f.p.cases.put(new CaseRecord(String.format("REHSOS-2311-%06d-0", ++recorded), "REHSOS",
                PendataanForm.SERVICE, state, nik, null, data, now, null,
                List.of(new CaseStep(now, state, "submit", "PSM", ""))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> codesAndTotals(Map<String, Object> table) {
        return ((List<Map<String, Object>>) table.get("rows")).stream().collect(Collectors.toMap(
                r -> r.get("code").toString(), r -> (Integer) r.get("total"), (a, b) -> a, LinkedHashMap::new));
    }
}
