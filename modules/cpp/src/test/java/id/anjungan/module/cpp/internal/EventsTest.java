package id.anjungan.module.cpp.internal;

import static id.anjungan.module.cpp.internal.Fixture.PSM;
import static id.anjungan.module.cpp.internal.Fixture.TKSK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.spi.ProgramException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventsTest {

    private final Fixture f = new Fixture();

    @Test
    void eventsGetDateFirstCodesAndKeepTheirStock() {
        Map<String, Object> first = f.op("create-event", TKSK, "date", "2026-12-05", "place", "Balai Kelurahan Miroto",
                "kgPerHousehold", 10, "stockKg", 500);
        Map<String, Object> second = f.op("create-event", PSM, "date", "2026-12-05", "place", "Posyandu RW 02");
        assertEquals("2026-12-05-01", first.get("id"));
        assertEquals("2026-12-05-02", second.get("id"));
        assertEquals(500L, first.get("stockReceivedKg"));
        assertEquals(10, second.get("kgPerHousehold"), "the configured default");
        assertEquals(0L, second.get("remainingKg"));
        assertEquals(Map.of("id", "Sabtu, 5 Desember 2026", "en", "Saturday 5 December 2026"), first.get("day"));

        f.op("receive-stock", TKSK, "eventId", "2026-12-05-02", "kg", 200);
        f.op("receive-stock", TKSK, "eventId", "2026-12-05-02", "kg", 50);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) f.op("events", PSM).get("events");
        assertEquals(List.of("2026-12-05-02", "2026-12-05-01"), events.stream().map(e -> e.get("id")).toList());
        assertEquals(250L, events.get(0).get("remainingKg"));
    }

    @Test
    void anExplicitCodeIsTakenOnceAndTheGeneratorSkipsIt() {
        f.op("create-event", TKSK, "id", "2026-12-05-01", "date", "2026-12-05", "place", "Balai Kelurahan Miroto");
        ProgramException e = assertThrows(ProgramException.class, () -> f.op("create-event", TKSK,
                "id", "2026-12-05-01", "date", "2026-12-06", "place", "Gedung lain"));
        assertEquals("event-exists", e.reason().code());
        assertEquals("2026-12-05-02", f.op("create-event", TKSK, "date", "2026-12-05", "place", "Aula").get("id"));
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource({"date, , missing-date", "date, 05-12-2026, invalid-date", "place, '', missing-place",
        "kgPerHousehold, 0, invalid-kgPerHousehold", "kgPerHousehold, 101, invalid-kgPerHousehold",
        "kgPerHousehold, 2.5, invalid-kgPerHousehold", "stockKg, -10, invalid-stockKg", "id, CPP|x, invalid-id",
        "id, ab, invalid-id"})
    void badEventInputIsRefusedWithAReason(String field, String value, String code) {
        Map<String, Object> input = new HashMap<>(Map.of("date", "2026-12-05", "place", "Balai Kelurahan Miroto",
                "kgPerHousehold", BigDecimal.TEN, "stockKg", BigDecimal.valueOf(100)));
        input.remove(field);
        if (value != null) {
            input.put(field, field.endsWith("Kg") || field.equals("kgPerHousehold") ? new BigDecimal(value) : value);
        }
        ProgramException e = assertThrows(ProgramException.class, () -> f.program.operate("create-event", input, TKSK));
        assertEquals(code, e.reason().code());
        assertEquals(List.of(), f.op("events", PSM).get("events"), "nothing is created");
    }

    @ParameterizedTest
    @CsvSource({"0", "-5"})
    void receivedStockMustBePositive(int kg) {
        String id = f.event(1, 10);
        ProgramException e = assertThrows(ProgramException.class,
                () -> f.op("receive-stock", TKSK, "eventId", id, "kg", kg));
        assertEquals("invalid-kg", e.reason().code());
    }
}
