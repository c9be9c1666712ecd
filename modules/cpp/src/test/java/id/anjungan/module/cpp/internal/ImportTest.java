package id.anjungan.module.cpp.internal;

import static id.anjungan.module.cpp.internal.Fixture.PSM;
import static id.anjungan.module.cpp.internal.Fixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.spi.ProgramException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportTest {

    private final Fixture f = new Fixture();

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource({"nik, 33740114057921, invalid-nik", "nik, , invalid-nik", "kk, 3374-01, invalid-kk",
        "name, '  ', missing-name", "kk, 3374011712132102, household-listed"})
    void badRowsAreRejectedOneByOneAndTheRestStored(String field, String value, String code) {
        String id = f.event(0, 0);
        f.op("import", PSM, "eventId", id, "rows", List.of(row(102)));
        Map<String, Object> bad = new java.util.HashMap<>(row(7));
        bad.put(field, value);
        Map<String, Object> result = f.op("import", PSM, "eventId", id, "rows", List.of(row(1), bad, row(2)));
        assertEquals(2, result.get("accepted"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rejected = (List<Map<String, Object>>) result.get("rejected");
        assertEquals(1, rejected.size());
        assertEquals(2, rejected.get(0).get("row"));
        assertEquals(code, rejected.get(0).get("code"));
        assertEquals(3, result.get("households"));
    }

    @Test
    void importingTheSameRowsAgainReplacesThem() {
        String id = f.event(3, 30);
        Map<String, Object> again = f.op("import", PSM, "eventId", id, "rows", List.of(row(101), row(102)));
        assertEquals(3, again.get("households"));
        assertEquals(List.of(), again.get("rejected"));
    }

    @Test
    void aListNeedsAnEvent() {
        ProgramException e = assertThrows(ProgramException.class,
                () -> f.op("import", PSM, "eventId", "2027-01-01-01", "rows", List.of(row(1))));
        assertEquals("unknown-event", e.reason().code());
        String id = f.event(0, 0);
        assertEquals("invalid-rows", assertThrows(ProgramException.class,
                () -> f.op("import", PSM, "eventId", id, "rows", List.of())).reason().code());
        assertEquals("invalid-rows", assertThrows(ProgramException.class,
                () -> f.op("import", PSM, "eventId", id, "rows", "nik,kk")).reason().code());
    }
}
