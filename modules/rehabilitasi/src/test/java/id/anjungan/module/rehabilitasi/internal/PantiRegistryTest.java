package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
        assertEquals(List.of("Panti Pelayanan Sosial Disabilitas Mental Samekto Karti",
                "Panti Rehabilitasi Sosial Salam Sari"), registry.all().stream().map(Panti::name).toList());
        Panti samektoKarti = registry.find("SAMEKTO-KARTI");
        assertEquals("Comal, Kabupaten Pemalang", samektoKarti.location());
        assertEquals(Set.of("ODGJ"), samektoKarti.categories(), "the province's panti for mental disability");
        assertEquals(2, samektoKarti.places());
        assertEquals(LocalDate.of(2026, 11, 30), samektoKarti.reportedOn(), "places as Dinsos Prov reported them");
        assertTrue(new Fixture().program.problem().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tanpa-pemisah", "x|Nama|Tempat|PGOT", "x|Nama|Tempat|PGOT|lima", "x|Nama|Tempat|BURUNG|3",
        "x|Nama|Tempat|PGOT|-1", "|Nama|Tempat|PGOT|3", "x|Nama|Tempat|PGOT|3|30-11-2026",
        "x|Nama|Tempat|PGOT|3|2026-11-30|lagi"})
    void anUnreadableLineIsTheModulesProblem(String line) {
        Fixture f = new Fixture(Map.of("panti", new String[] {"a|Panti A|Kendal|PGOT|2", line}));
        assertEquals(1, new PantiRegistry(f.config.panti()).all().size());
        assertTrue(f.program.problem().orElseThrow().id().contains(line));
    }
}
