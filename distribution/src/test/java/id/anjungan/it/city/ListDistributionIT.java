package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Kiosk;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #24, recipient lists per kelurahan: Dinas Sosial imports one city-wide list through HAProxy on the city tier;
 * each kiosk ends up with exactly its own kelurahan's rows (its dashboard's list counts, status lookups of residents of
 * its own and of other kelurahan), and no file under a kiosk's home holds the NIK of another kelurahan's resident. Then
 * the city is cut off (both brokers stopped), a newer list is imported (the city cannot send it), the brokers come
 * back: every kiosk asks on reconnecting and converges to the newer list.
 */
class ListDistributionIT {

    private static final String PROGRAM = "BPNT";
    /** Later than the demo lists' periods, so that these are each kiosk's newest BPNT list. */
    private static final String FIRST = "2031-01";
    private static final String NEWER = "2031-02";
    private static final List<String> OTHERS = List.of("Jagalan", "Kauman", "Mir\u043Eto", "Sekayu");

    /** A generated resident: NIK, KK and kelurahan. */
    record Resident(String nik, String kk, String kelurahan) {
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void eachKioskHoldsItsKelurahansRowsOnlyAndConvergesAfterBeingCutOff() throws Exception {
        CityTopology city = City.get();
        List<Resident> first = residents(1, 6);
        importAtTheCity(FIRST, first);
        for (int k = 1; k <= city.kiosks(); k++) {
            awaitList(k, expectedCount(first, k));
        }
        for (int k = 1; k <= city.kiosks(); k++) {
            assertHoldsOnlyItsOwn(city, k, first);
        }

        List<Resident> newer = residents(2, 4);
        Brokers.stopBoth(city);
        try {
            importAtTheCity(NEWER, newer);
            for (int k = 1; k <= city.kiosks(); k++) {
                assertEquals(Map.of(CityTopology.kelurahan(k), expectedCount(first, k)), counts(k),
                        "kiosk " + k + " still holds the first list while the city is cut off");
            }
        } finally { // the tests after this one share the city
            Brokers.startBoth(city);
        }
        for (int k = 1; k <= city.kiosks(); k++) {
            awaitList(k, expectedCount(newer, k));
        }
        for (int k = 1; k <= city.kiosks(); k++) {
            assertHoldsOnlyItsOwn(city, k, newer);
            String own = CityTopology.kelurahan(k);
            Resident dropped = first.stream().filter(r -> r.kelurahan().equals(own))
                    .reduce((a, b) -> b).orElseThrow(); // not looked up before: each NIK has its hourly limit
            assertFalse(registered(k, dropped), "kiosk " + k + ": the first list is no longer the newest");
        }
    }

    /** Residents of the three demo kelurahan ({@code perKelurahan} each) and of four others, one each. */
    static List<Resident> residents(int round, int perKelurahan) {
        List<Resident> all = new ArrayList<>();
        int serial = round * 1000;
        for (String kelurahan : CityTopology.KELURAHAN) {
            for (int i = 0; i < perKelurahan; i++) {
                all.add(resident(++serial, kelurahan));
            }
        }
        for (String kelurahan : OTHERS) {
            all.add(resident(++serial, kelurahan));
            all.add(resident(++serial, kelurahan));
        }
        return all;
    }

    static Resident resident(int serial, String kelurahan) {
        return new Resident("33740117067" + "%05d".formatted(serial), "33740112077" + "%05d".formatted(serial),
                kelurahan);
    }

    static long expectedCount(List<Resident> list, int k) {
        return list.stream().filter(r -> r.kelurahan().equals(CityTopology.kelurahan(k))).count();
    }

    /** Imports the list as the city's admin, through HAProxy, and waits until the import is done. */
    static void importAtTheCity(String period, List<Resident> residents) throws Exception {
        StringBuilder csv = new StringBuilder("nik,kk,name,address,rt,rw,kelurahan,channel\n");
        for (Resident r : residents) {
            csv.append(r.nik()).append(',').append(r.kk()).append(",Warga ").append(r.nik().substring(12))
                    .append(",Jl. Pandanaran 9,001,002,").append(r.kelurahan()).append(",BNI\n");
        }
        String boundary = "----it" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : List.of(new String[] {"program", PROGRAM}, new String[] {"period", period},
                new String[] {"source", "SP2D"})) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + period
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Kiosk cityTier = Kiosk.at(City.get().cityUrl(""));
        Kiosk.Answer started = cityTier.upload("POST", "/api/admin/recipient-lists",
                "multipart/form-data; boundary=" + boundary, body.toByteArray(), Kiosk.ADMIN);
        assertEquals(202, started.status(), started.body());
        String id = started.object().getString("id");
        JsonObject progress;
        do {
            Thread.sleep(300);
            progress = cityTier.get("/api/admin/recipient-lists/imports/" + id, Kiosk.ADMIN).object();
        } while (progress.getString("state").equals("RUNNING"));
        assertEquals("DONE", progress.getString("state"), progress.toString());
        assertEquals(residents.size(), progress.getInt("rowsImported"), progress.toString());
    }

    /** The newest BPNT list's rows per kelurahan at kiosk k, as its dashboard counts them. */
    static Map<String, Long> counts(int k) throws Exception {
        Kiosk.Answer dashboard = City.kiosk(k).get("/api/dashboard", Kiosk.ADMIN);
        assertEquals(200, dashboard.status(), dashboard.body());
        Map<String, Long> counts = new TreeMap<>();
        dashboard.object().getJsonArray("recipients").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("program").equals(PROGRAM))
                .forEach(r -> counts.put(r.getString("kelurahan"), r.getJsonNumber("count").longValue()));
        return counts;
    }

    /**
     * Waits (boundedly) until kiosk k's newest BPNT list holds {@code rows} rows, all of its own kelurahan (the two
     * lists differ in length, and the demo list before them spans many kelurahan).
     */
    static void awaitList(int k, long rows) throws Exception {
        Map<String, Long> expected = Map.of(CityTopology.kelurahan(k), rows);
        Map<String, Long> now = counts(k);
        for (int i = 0; i < 600 && !now.equals(expected); i++) {
            Thread.sleep(500);
            now = counts(k);
        }
        assertEquals(expected, now, "kiosk " + k + " holds its kelurahan's rows of the city's list");
    }

    /** Whether a status lookup at kiosk k (as its TKSK) finds the resident on the newest BPNT list. */
    static boolean registered(int k, Resident r) throws Exception {
        Kiosk.Answer status = City.kiosk(k).post("/api/status", Json.createObjectBuilder().add("nik", r.nik())
                .add("kk", r.kk()).build().toString(), Kiosk.TKSK);
        assertEquals(200, status.status(), status.body());
        return status.object().getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getString("program").equals(PROGRAM) && p.getBoolean("registered", false));
    }

    /**
     * Kiosk k finds its own kelurahan's residents and none of another's, through its API; and no file under its home
     * (its Derby is encrypted, its logs, imports and Payara's files are not) holds another kelurahan's NIK.
     */
    static void assertHoldsOnlyItsOwn(CityTopology city, int k, List<Resident> list) throws Exception {
        String own = CityTopology.kelurahan(k);
        List<String> foreign = new ArrayList<>();
        int ownChecked = 0;
        int foreignChecked = 0;
        for (Resident r : list) {
            if (r.kelurahan().equals(own) && ownChecked++ < 2) {
                assertTrue(registered(k, r), "kiosk " + k + " finds its own resident");
            } else if (!r.kelurahan().equals(own)) {
                foreign.add(r.nik());
                if (foreignChecked++ < 3 || r.kelurahan().startsWith("Mir")) {
                    assertFalse(registered(k, r), "kiosk " + k + " does not hold a resident of " + r.kelurahan());
                }
            }
        }
        for (Path file : files(city.kioskHome(k))) {
            String hit = containing(file, foreign);
            assertEquals(null, hit == null ? null : Kiosk.masked(hit), // a failure prints the NIK masked
                    "kiosk " + k + ": " + file + " holds another kelurahan's NIK");
        }
    }

    static List<Path> files(Path home) throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    /** The first of the NIKs that the file holds, or null. */
    static String containing(Path file, List<String> niks) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException gone) { // a log rolled over or a lock file released meanwhile
            return null;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return niks.stream().filter(text::contains).findFirst().orElse(null);
    }
}
