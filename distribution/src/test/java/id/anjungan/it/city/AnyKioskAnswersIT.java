package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.it.Device;
import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #23, ownership: once the city holds a case, a resident can ask about it at any kiosk of the city. The kiosk
 * that does not hold the number answers with the city's public status of the case; a number nobody holds stays unknown.
 */
class AnyKioskAnswersIT {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aCaseFiledAtOneKioskIsAnsweredAtAnother() throws Exception {
        City.get();
        Filings.Filed filed = Filings.house(1, 60_001);
        Arrivals.await(List.of(filed));

        Kiosk.Answer own = Kiosk.at(City.get().kioskUrl(1, "")).get("/api/cases/" + filed.tracking());
        Kiosk.Answer other = Kiosk.at(City.get().kioskUrl(2, "")).get("/api/cases/" + filed.tracking());
        assertEquals(200, own.status(), own.body());
        assertEquals(200, other.status(), other.body());
        JsonObject here = own.object();
        JsonObject there = other.object();
        assertEquals("city", there.getString("answeredBy"), there.toString());
        assertEquals(here.getString("tracking"), there.getString("tracking"));
        assertEquals(here.get("state"), there.get("state"), "the same state: " + here + " / " + there);

        String unknown = anotherValidNumber(filed.tracking());
        Kiosk.Answer none = Kiosk.at(City.get().kioskUrl(2, "")).get("/api/cases/" + unknown);
        assertEquals(404, none.status(), none.body());
        assertEquals("tracking-unknown", none.object().getString("code"), "well-formed, held nowhere: " + unknown);
    }

    /**
     * Behind HAProxy every request reaches a node from HAProxy's address. The nodes count resident sessions by the
     * address HAProxy received them from, so one busy device cannot use up the session starts of every kiosk in the
     * city, and an address a client writes into {@code X-Forwarded-For} itself buys it nothing.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theCityCountsResidentSessionsByTheAddressHaproxyReceivedThemFrom() throws Exception {
        Kiosk city = Kiosk.at(City.get().cityUrl(""));
        Device busy = new Device("127.0.0.2");
        int started = 0;
        Device.Answer answer = busy.post(city, "/api/session", null, "");
        while (answer.status() == 201 && started < 200) { // each request claims another address (Device)
            started++;
            answer = busy.post(city, "/api/session", null, "");
        }
        assertEquals(429, answer.status(), "the busy device's starts are limited, on two nodes: " + started);
        Device another = new Device("127.0.0.3");
        assertEquals(201, another.post(city, "/api/session", null, "").status(), "another device is not");
    }

    /**
     * A number with a correct check digit that nobody holds: one digit one up, another one down, both at places the
     * Luhn sum does not double (every second digit from the right of the digits before the check digit), so the sum
     * is unchanged.
     */
    static String anotherValidNumber(String tracking) {
        char[] c = tracking.toCharArray();
        java.util.List<Integer> undoubled = new java.util.ArrayList<>();
        int fromRight = 0;
        for (int i = tracking.lastIndexOf('-') - 1; i > tracking.indexOf('-'); i--) {
            if (Character.isDigit(c[i]) && fromRight++ % 2 == 1) {
                undoubled.add(i);
            }
        }
        for (int up : undoubled) {
            for (int down : undoubled) {
                if (up != down && c[up] < '9' && c[down] > '0') {
                    c[up]++;
                    c[down]--;
                    return new String(c);
                }
            }
        }
        throw new IllegalArgumentException("no other number of this form: " + tracking);
    }
}
