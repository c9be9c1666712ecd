package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PantiRegistryTest {

    @Test
    void theDefaultsNameThePantiOfTheResearch() {
        PantiRegistry registry = new PantiRegistry(Fixture.config(Map.of()).panti());
        assertEquals(List.of("Panti Rehabilitasi Sosial Salam Sari", "Panti Rehabilitasi Sosial Samekto Karti"),
                registry.all().stream().map(Panti::name).toList());
        Panti salamSari = registry.find("SALAM-SARI");
        assertEquals("Boja, Kabupaten Kendal", salamSari.location());
        assertEquals(Set.of("ODGJ", "DISABILITAS"), salamSari.categories());
        assertEquals(5, salamSari.quota());
        assertTrue(new Fixture().program.problem().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tanpa-pemisah", "x|Nama|Tempat|PGOT", "x|Nama|Tempat|PGOT|lima", "x|Nama|Tempat|BURUNG|3",
        "x|Nama|Tempat|PGOT|-1", "|Nama|Tempat|PGOT|3"})
    void anUnreadableLineIsTheModulesProblem(String line) {
        Fixture f = new Fixture(Map.of("panti", new String[] {"a|Panti A|Kendal|PGOT|2", line}));
        assertEquals(1, new PantiRegistry(f.config.panti()).all().size());
        assertTrue(f.program.problem().orElseThrow().id().contains(line));
    }
}
