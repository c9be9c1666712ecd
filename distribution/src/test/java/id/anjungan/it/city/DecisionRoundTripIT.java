package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Kiosk;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #24, decisions back to the resident: a case filed at K0001; a TKSK on the city (through HAProxy) takes steps;
 * K0001's "Cek perkembangan" shows them with their age, also once both brokers are stopped (K0001 cut off from the
 * city); K0002, online, answers the same case from the city; K0001's own staff can no longer step on it.
 */
class DecisionRoundTripIT {

    private static final Duration WITHIN = Duration.ofMinutes(3);

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void decisionRoundTrip() throws Exception {
        CityTopology city = City.get();
        Filings.Filed filed = Filings.house(1, 60_241);
        Arrivals.await(List.of(filed));
        String path = "/api/cases/" + filed.tracking();

        Kiosk desk = Kiosk.at(city.cityUrl(""));
        int steps = 0;
        for (int i = 0; i < 2; i++) { // the first steps the TKSK may take, whatever the program's workflow
            JsonArray allowed = desk.get(path + "/detail", Kiosk.TKSK).object().getJsonArray("transitions");
            if (allowed.isEmpty()) {
                break;
            }
            String transition = allowed.getJsonObject(0).getString("id");
            Kiosk.Answer moved = desk.post(path + "/transitions", Json.createObjectBuilder()
                    .add("transition", transition).add("note", "Langkah kota " + (i + 1)).build().toString(),
                    Kiosk.TKSK);
            assertEquals(200, moved.status(), moved.body());
            steps++;
        }
        assertTrue(steps > 0, "the TKSK took a step on the city");
        JsonObject atCity = desk.get(path, Kiosk.TKSK).object();

        JsonObject own = awaitCityState(path, atCity);
        assertEquals(atCity.getJsonArray("history").size(), own.getJsonArray("history").size(), own.toString());
        JsonObject fromCity = own.getJsonObject("fromCity");
        assertTrue(fromCity.getString("note").startsWith("Status terakhir dari server kota, diperbarui"),
                fromCity.toString());

        Kiosk.Answer refused = City.kiosk(1).post(path + "/transitions", "{\"transition\":\"x\",\"note\":\"x\"}",
                Kiosk.TKSK);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("city-owns-case", refused.object().getString("code"));

        Kiosk.Answer other = City.kiosk(2).get(path);
        assertEquals(200, other.status(), other.body());
        assertEquals("city", other.object().getString("answeredBy"));
        assertEquals(atCity.getString("state"), other.object().getString("state"));

        Brokers.stopBoth(city);
        try {
            Kiosk.Answer offline = City.kiosk(1).get(path);
            assertEquals(200, offline.status(), offline.body());
            assertEquals(atCity.getString("state"), offline.object().getString("state"));
            assertEquals(fromCity.getString("updatedAt"), offline.object().getJsonObject("fromCity")
                    .getString("updatedAt"), "the same state, with its age, while cut off");
        } finally { // the tests after this one share the city
            Brokers.startBoth(city);
        }
    }

    /** K0001's answer once it shows the city's state (the kiosk takes it when its relay next receives). */
    private static JsonObject awaitCityState(String path, JsonObject atCity) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        JsonObject own = City.kiosk(1).get(path).object();
        while (!(own.containsKey("fromCity") && own.getString("state").equals(atCity.getString("state"))
                && own.getJsonArray("history").size() == atCity.getJsonArray("history").size())
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            own = City.kiosk(1).get(path).object();
        }
        assertTrue(own.containsKey("fromCity"), "K0001 shows the city's state: " + own + " / " + atCity);
        assertEquals(atCity.getString("state"), own.getString("state"));
        return own;
    }
}
