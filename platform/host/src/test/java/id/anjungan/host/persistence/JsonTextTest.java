package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void readsBackWhatItWroteInTheSameOrder() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("nama", "Sumirah \"Bu Mirah\" Wulandari");
        data.put("alamat", "Jl. Miroto 12\nRT 03/RW 02");
        data.put("catatan", "é 한 \\ \t");
        data.put("kosong", "");
        Map<String, String> read = JsonText.readMap(JsonText.write(data));
        assertEquals(data, read);
        assertEquals(List.of("nama", "alamat", "catatan", "kosong"), new ArrayList<>(read.keySet()));
    }

    @Test
    void numbersAndBooleansAsTheirTextAndNullAsNull() {
        Map<String, String> read = JsonText.readMap("{\"amount\":400000,\"rate\":1.5,\"aktif\":true,\"mati\":false,\"x\":null}");
        assertEquals("400000", read.get("amount"));
        assertEquals("1.5", read.get("rate"));
        assertEquals("true", read.get("aktif"));
        assertEquals("false", read.get("mati"));
        assertTrue(read.containsKey("x"));
        assertEquals(null, read.get("x"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void nothingStoredIsAnEmptyMap(String json) {
        assertEquals(Map.of(), JsonText.readMap(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"a\"]", "{\"a\":", "{\"a\" \"b\"}", "\"text\""})
    void anythingButAnObjectIsRefused(String json) {
        assertThrows(IllegalArgumentException.class, () -> JsonText.readMap(json));
    }
}
