package id.anjungan.module.rehabilitasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementRulesTest {

    // the seed's own case: an ODGJ declared recovered by the RSJ, without family, went to Samekto Karti
    // (000:L4405-4412); the configuration before December 2026 refused it
    @ParameterizedTest(name = "{0} {1} recovered={2} family={3} → {4}")
    @CsvSource(nullValues = "-", value = {
        "samekto-karti, ODGJ,        true,  false, -",
        "samekto-karti, ODGJ,        false, false, not-declared-recovered",
        "samekto-karti, ODGJ,        true,  true,  family-found",
        "samekto-karti, PGOT,        false, false, category-not-accepted",
        "samekto-karti, LANSIA,      false, false, category-not-accepted",
        "samekto-karti, ANAK,        true,  false, category-not-accepted",
        "salam-sari,    PGOT,        false, false, -",
        "salam-sari,    LANSIA,      false, false, -",
        "salam-sari,    DISABILITAS, false, false, -",
        "salam-sari,    ODGJ,        true,  false, category-not-accepted",
        "salam-sari,    PGOT,        false, true,  family-found",
    })
    void categoryRules(String pantiId, String category, boolean recovered, boolean family, String refusal) {
        Panti panti = new PantiRegistry(Fixture.config(Map.of()).panti()).find(pantiId);
        List<Reason> reasons = PlacementRules.check(panti, category, recovered, family);
        assertEquals(refusal, reasons.isEmpty() ? null : reasons.get(0).code());
    }

    @ParameterizedTest(name = "{0} into {1} → {2}")
    @CsvSource(nullValues = "-", value = {
        "ANAK,   rumah-anak,    -",
        "ANAK,   samekto-karti, category-not-accepted",
        "LANSIA, rumah-anak,    category-not-accepted",
        "PGOT,   tidak-ada,     unknown-panti",
    })
    void configuredPantiDecideWhatTheyAccept(String category, String pantiId, String refusal) {
        Fixture f = new Fixture(Map.of("panti", new String[] {
            "samekto-karti|Panti Rehabilitasi Sosial Samekto Karti|Kabupaten Pemalang|PGOT,LANSIA|2",
            "rumah-anak|Panti Asuhan Contoh|Kota Semarang|ANAK|3"}));
        String tracking = f.handled().tracking();
        try {
            Map<String, Object> answer = f.place(tracking, pantiId, category);
            assertEquals(null, refusal, "expected a refusal");
            assertEquals(true, answer.get("placed"));
        } catch (ProgramException e) {
            assertEquals(refusal, e.reason().code());
            assertEquals("ditangani", f.state(tracking), "a refused placement leaves the case where it was");
        }
    }
}
