package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The assembled kiosk starts with every program module active and its demo data loaded. */
class KioskSmokeIT {

    @Test
    void everyProgramIsActiveAndOffersServices() throws Exception {
        Kiosk kiosk = Kiosk.get();
        Set<String> active = kiosk.get("/api/modules").array().stream().map(v -> (JsonObject) v)
                .filter(m -> m.getString("state").equals("ACTIVE")).map(m -> m.getString("code")).collect(Collectors.toSet());
        assertEquals(Set.of("BPNT", "KJS", "SANKEM", "CPP", "JUMATKOIN", "REHSOS"), active);
        JsonObject services = kiosk.get("/api/services").object();
        assertTrue(services.getJsonArray("services").size() >= 12);
        assertEquals(200, kiosk.get("/").status());
        assertEquals(200, kiosk.get("/health/ready").status());
        assertEquals(200, kiosk.get("/openapi").status());
    }
}
