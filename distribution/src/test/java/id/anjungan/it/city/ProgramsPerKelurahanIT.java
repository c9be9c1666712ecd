package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Kiosk;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #24, programs per kelurahan on the demo city: the city's admin switches programs off for Kelurahan Kranggan on
 * the city's screen (through HAProxy; a request tampered with on its way shows the city's refusal and stores nothing);
 * its kiosk K0003 disables them, shows every program as set by the city, leaves them out of the resident's menu and
 * refuses its own admin's switch, while K0002 of Pekunden is untouched. K0002, stopped while the admin sets Pekunden's
 * programs, applies them when it starts again. Both kelurahan get back the programs their kiosks had enabled before,
 * and the admin then hands both back on the city's screen: each kiosk keeps every program running, is no longer
 * city-managed, and its own admin switches a program off and on again. So the tests after this one find every program
 * running and each kiosk deciding for itself. KJS, which {@code ModuleRolloutIT} rolls out, stays on.
 */
class ProgramsPerKelurahanIT {

    private static final int CHANGED = 3;
    private static final int STOPPED = 2;
    private static final Set<String> OFF_IN_KRANGGAN = Set.of("CPP", "SANKEM");
    private static final Set<String> OFF_IN_PEKUNDEN = Set.of("JUMATKOIN");
    /** The downlink sender and a kiosk's start, with room for a slow machine; a wait ends as soon as it holds. */
    private static final Duration WITHIN = Duration.ofMinutes(4);

    @Test
    @Timeout(value = 25, unit = TimeUnit.MINUTES)
    void theCitySetsAKelurahansProgramsOnItsScreenAndOnlyThatKelurahansKiosksRunThem() throws Exception {
        CityTopology city = City.get();
        awaitHeartbeats(city); // the screen offers the programs the city knows from its kiosks' heartbeats
        Map<String, Boolean> changedBefore = enabled(CHANGED);
        Map<String, Boolean> stoppedBefore = enabled(STOPPED);
        assertTrue(changedBefore.keySet().containsAll(OFF_IN_KRANGGAN), changedBefore.toString());
        assertTrue(stoppedBefore.keySet().containsAll(OFF_IN_PEKUNDEN), stoppedBefore.toString());
        String kranggan = CityTopology.kelurahan(CHANGED);
        String pekunden = CityTopology.kelurahan(STOPPED);
        JsonObject stoppedModulesBefore = modulesOf(STOPPED);
        Set<String> changedMenuBefore = menu(CHANGED);
        Set<String> stoppedMenuBefore = menu(STOPPED);
        try {
            Set<String> kept = new TreeSet<>(on(changedBefore));
            kept.removeAll(OFF_IN_KRANGGAN);
            // a request tampered with on its way: the city's JSON problem is shown on the card, nothing is stored
            Kiosk.Answer unset = City.node(1).get("/api/city/kelurahan/" + kranggan + "/programs", Kiosk.ADMIN);
            CityScreen.Saved refused = CityScreen.setPrograms(city, "admin", "admin123", kranggan, kept, "ZZ9");
            assertTrue(refused.message().startsWith("Tidak tersimpan.") && refused.message().contains(
                    "Server kota tidak mengenal program ZZ9"), refused.message());
            Kiosk.Answer still = City.node(1).get("/api/city/kelurahan/" + kranggan + "/programs", Kiosk.ADMIN);
            assertEquals(unset.status() + " " + unset.body(), still.status() + " " + still.body(), "nothing stored");

            CityScreen.Saved saved = CityScreen.setPrograms(city, "admin", "admin123", kranggan, kept);
            assertTrue(saved.message().startsWith("Tersimpan, revisi "), saved.message());
            assertTrue(saved.message().contains("Kelurahan " + kranggan + " menjalankan " + String.join(", ", kept)),
                    saved.message());
            assertTrue(saved.offered().containsAll(changedBefore.keySet()), "the card offers every program the city "
                    + "knows: " + saved.offered());
            assertEquals(List.of(), saved.violations(), "axe-core, serious or critical");
            JsonObject set = cityPrograms(kranggan);
            assertEquals(kept, new TreeSet<>(set.getJsonArray("programs").getValuesAs(JsonString::getString)),
                    set.toString());
            assertTrue(saved.message().contains("revisi " + set.getJsonNumber("revision").longValue()),
                    "the screen shows the revision the city stored: " + saved.message() + " / " + set);

            awaitEnabled(CHANGED, expected(changedBefore, kept));
            for (JsonValue m : City.kiosk(CHANGED).get("/api/modules").array()) {
                assertTrue(m.asJsonObject().getBoolean("cityManaged"), "set by the city: " + m);
            }
            Set<String> keptMenu = new TreeSet<>(changedMenuBefore);
            keptMenu.removeAll(OFF_IN_KRANGGAN);
            await(City.kioskId(CHANGED) + "'s resident menu offers " + keptMenu + " alone",
                    () -> keptMenu.equals(menu(CHANGED)));
            for (String code : OFF_IN_KRANGGAN) {
                Kiosk.Answer switched = City.kiosk(CHANGED).post("/api/admin/modules/" + code + "/enable", null,
                        Kiosk.ADMIN);
                assertEquals(409, switched.status(), switched.body());
                assertEquals("city-managed", switched.object().getString("code"), switched.body());
            }
            Kiosk.Answer kjsOff = City.kiosk(CHANGED).post("/api/admin/modules/KJS/disable", null, Kiosk.ADMIN);
            assertEquals(409, kjsOff.status(), "a program the city kept cannot be switched off either: "
                    + kjsOff.body());
            assertEquals(Boolean.TRUE, enabled(CHANGED).get("KJS"), "KJS still runs at " + City.kioskId(CHANGED));

            // K0003 applied it: another kelurahan's kiosk, registered elsewhere, was sent nothing
            assertEquals(stoppedModulesBefore.toString(), modulesOf(STOPPED).toString(), City.kioskId(STOPPED));
            assertEquals(stoppedMenuBefore, menu(STOPPED), City.kioskId(STOPPED) + "'s resident menu");

            city.kiosk(STOPPED).stop();
            City.restarted(STOPPED);
            Set<String> pekundenKept = new TreeSet<>(on(stoppedBefore));
            pekundenKept.removeAll(OFF_IN_PEKUNDEN);
            CityScreen.Saved whileStopped = CityScreen.setPrograms(city, "admin", "admin123", pekunden,
                    pekundenKept);
            assertTrue(whileStopped.message().startsWith("Tersimpan, revisi "), whileStopped.message());
            city.kiosk(STOPPED).start();
            city.awaitKiosk(STOPPED);
            awaitEnabled(STOPPED, expected(stoppedBefore, pekundenKept));
            await(City.kioskId(STOPPED) + "'s resident menu without JUMATKOIN after its restart",
                    () -> !menu(STOPPED).contains("JUMATKOIN"));
            Kiosk.Answer refusedAfterRestart = City.kiosk(STOPPED).post("/api/admin/modules/JUMATKOIN/enable", null,
                    Kiosk.ADMIN);
            assertEquals(409, refusedAfterRestart.status(), refusedAfterRestart.body());
            assertEquals(expected(changedBefore, kept), enabled(CHANGED), "K0003 keeps Kranggan's programs");
        } finally { // the tests after this one share the city: every program its kiosks ran runs again
            if (!city.kiosk(STOPPED).alive()) {
                city.kiosk(STOPPED).start();
                city.awaitKiosk(STOPPED);
                City.restarted(STOPPED);
            }
            restore(kranggan, changedBefore);
            restore(pekunden, stoppedBefore);
            awaitEnabled(CHANGED, changedBefore);
            awaitEnabled(STOPPED, stoppedBefore);
        }
        await("K0003's resident menu as before", () -> changedMenuBefore.equals(menu(CHANGED)));
        await("K0002's resident menu as before", () -> stoppedMenuBefore.equals(menu(STOPPED)));
        try {
            Map<String, String> handedBack = CityScreen.handBack(city, "admin", "admin123", List.of(kranggan,
                    pekunden));
            for (int k : List.of(CHANGED, STOPPED)) {
                String said = handedBack.get(CityTopology.kelurahan(k));
                assertTrue(said.startsWith("Diserahkan, revisi ") && said.contains("Kelurahan "
                        + CityTopology.kelurahan(k)), said);
                Kiosk.Answer notSet = City.node(1).get("/api/city/kelurahan/" + CityTopology.kelurahan(k)
                        + "/programs", Kiosk.ADMIN);
                assertEquals(404, notSet.status(), notSet.body());
            }
            Kiosk.Answer overview = City.node(1).get("/api/city/kelurahan-programs", Kiosk.ADMIN);
            assertEquals(200, overview.status(), overview.body());
            for (int k : List.of(CHANGED, STOPPED)) {
                JsonObject place = overview.object().getJsonArray("kelurahan").stream().map(JsonValue::asJsonObject)
                        .filter(p -> p.getString("kelurahan").equals(CityTopology.kelurahan(k))).findFirst()
                        .orElseThrow(() -> new AssertionError(overview.body()));
                assertTrue(!place.getBoolean("managed") && place.getBoolean("released"), place.toString());
                assertTrue(place.getJsonArray("kiosks").contains(Json.createValue(City.kioskId(k))), place.toString());
            }
            for (int k : List.of(CHANGED, STOPPED)) {
                await(City.kioskId(k) + " no longer city-managed", () -> City.kiosk(k).get("/api/modules").array()
                        .stream().noneMatch(m -> m.asJsonObject().getBoolean("cityManaged")));
            }
            assertEquals(changedBefore, enabled(CHANGED), "K0003 keeps the programs it ran");
            assertEquals(stoppedBefore, enabled(STOPPED), "K0002 keeps the programs it ran");
            String code = OFF_IN_KRANGGAN.iterator().next();
            Kiosk.Answer off = City.kiosk(CHANGED).post("/api/admin/modules/" + code + "/disable", null, Kiosk.ADMIN);
            assertEquals(200, off.status(), "K0003's admin switches " + code + " again: " + off.body());
            assertEquals(Boolean.FALSE, enabled(CHANGED).get(code));
            Kiosk.Answer on = City.kiosk(CHANGED).post("/api/admin/modules/" + code + "/enable", null, Kiosk.ADMIN);
            assertEquals(200, on.status(), on.body());
            assertEquals(changedBefore, enabled(CHANGED));
        } finally { // whatever failed above, the tests after this one find the kiosks deciding for themselves
            for (int k : List.of(CHANGED, STOPPED)) {
                City.node(1).delete("/api/city/kelurahan/" + CityTopology.kelurahan(k) + "/programs", Kiosk.ADMIN);
            }
        }
    }

    /** Waits until the city holds a heartbeat with the modules of every kiosk. */
    private static void awaitHeartbeats(CityTopology city) throws Exception {
        await("a heartbeat of every kiosk at the city", () -> {
            Kiosk.Answer kiosks = City.node(1).get("/api/city/kiosks", Kiosk.ADMIN);
            assertEquals(200, kiosks.status(), kiosks.body());
            return kiosks.object().getJsonArray("kiosks").stream().map(JsonValue::asJsonObject)
                    .filter(k -> k.containsKey("modules") && !k.isNull("modules")).count() >= city.kiosks();
        });
    }

    /** The programs the kelurahan's kiosks ran before, as the admin sets them through the API. */
    private static void restore(String kelurahan, Map<String, Boolean> before) throws Exception {
        String list = on(before).stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
        Kiosk.Answer restored = City.node(1).put("/api/city/kelurahan/" + kelurahan + "/programs",
                "{\"programs\":[" + list + "]}", Kiosk.ADMIN);
        assertEquals(200, restored.status(), restored.body());
    }

    private static JsonObject cityPrograms(String kelurahan) throws Exception {
        Kiosk.Answer set = City.node(1).get("/api/city/kelurahan/" + kelurahan + "/programs", Kiosk.ADMIN);
        assertEquals(200, set.status(), set.body());
        return set.object();
    }

    /** Each program's module at kiosk k and whether it is enabled. */
    private static Map<String, Boolean> enabled(int k) throws Exception {
        Map<String, Boolean> enabled = new TreeMap<>();
        for (JsonValue m : City.kiosk(k).get("/api/modules").array()) {
            enabled.put(m.asJsonObject().getString("code"), m.asJsonObject().getBoolean("enabled"));
        }
        return enabled;
    }

    /** Kiosk k's modules with their state and switches, without what a heartbeat or a request changes. */
    private static JsonObject modulesOf(int k) throws Exception {
        Kiosk.Answer modules = City.kiosk(k).get("/api/modules");
        assertEquals(200, modules.status(), modules.body());
        var all = Json.createObjectBuilder();
        for (JsonValue m : modules.array()) {
            JsonObject o = m.asJsonObject();
            all.add(o.getString("code"), o.getString("version") + " " + o.getString("state") + " enabled="
                    + o.getBoolean("enabled") + " cityManaged=" + o.getBoolean("cityManaged"));
        }
        return all.build();
    }

    /** The programs kiosk k's resident menu offers. */
    private static Set<String> menu(int k) throws Exception {
        Kiosk.Answer services = City.kiosk(k).get("/api/services");
        assertEquals(200, services.status(), services.body());
        return services.object().getJsonArray("programs").stream().map(p -> p.asJsonObject().getString("code"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> on(Map<String, Boolean> enabled) {
        return enabled.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every installed module switched as the list says: on when listed, off when not. */
    private static Map<String, Boolean> expected(Map<String, Boolean> installed, Set<String> listed) {
        Map<String, Boolean> expected = new TreeMap<>();
        installed.keySet().forEach(code -> expected.put(code, listed.contains(code)));
        return expected;
    }

    private static void awaitEnabled(int k, Map<String, Boolean> expected) throws Exception {
        AtomicReference<Map<String, Boolean>> seen = new AtomicReference<>();
        try {
            await(City.kioskId(k) + " switched " + expected, () -> {
                seen.set(enabled(k));
                return expected.equals(seen.get());
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; seen " + seen.get(), e);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        long end = System.nanoTime() + WITHIN.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + WITHIN.toSeconds() + " s: " + what);
            }
            Thread.sleep(500);
        }
    }
}
