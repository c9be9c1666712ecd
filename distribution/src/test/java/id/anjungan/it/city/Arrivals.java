package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Waits until what kiosks filed reached the city, then checks it arrived whole and once. */
final class Arrivals {

    /** How long a backlog may take to reach the city before a test gives up (-Dcity.arrival.minutes). */
    static final Duration WITHIN = Duration.ofMinutes(Long.getLong("city.arrival.minutes", 10));

    private Arrivals() {
    }

    /**
     * Waits until the city holds every case filed and every photo they name, and every kiosk's queue and audit are
     * sent. The photos are waited for too: a kiosk sends a photo before its case, but the city may apply the case
     * first, when the photo's first delivery was rolled back by a broker failover and comes again after the broker's
     * redelivery delay.
     */
    static void await(Collection<Filings.Filed> filed) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        boolean photosAwaited = false;
        while (true) {
            Map<String, Integer> cases = CityRecords.cases();
            boolean all = filed.stream().allMatch(f -> cases.containsKey(f.tracking()));
            if (all && drained()) {
                List<String> photos = missingPhotos(filed);
                if (photos.isEmpty()) {
                    return;
                }
                if (!photosAwaited) { // seen after broker failovers: the evidence for waiting here
                    System.out.printf("Arrivals: every case at the city, %d photos not yet: %s%n", photos.size(),
                            photos);
                    photosAwaited = true;
                }
            }
            if (System.nanoTime() > deadline) {
                long missing = filed.stream().filter(f -> !cases.containsKey(f.tracking())).count();
                throw new AssertionError(missing + " of " + filed.size() + " cases not at the city after " + WITHIN
                        + ", photos missing or not whole: " + missingPhotos(filed) + "; kiosks: " + syncStates());
            }
            Thread.sleep(1000);
        }
    }

    /** Whether every running kiosk has sent its whole queue and audit chain. */
    static boolean drained() throws Exception {
        for (int k = 1; k <= City.get().kiosks(); k++) {
            JsonObject state = sync(k);
            if (state.getInt("queued", -1) != 0 || state.getInt("auditUnsent", -1) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The photos of {@code filed} the city has not stored with the bytes the kiosk uploaded, by id. */
    private static List<String> missingPhotos(Collection<Filings.Filed> filed) throws Exception {
        List<String> missing = new java.util.ArrayList<>();
        for (Filings.Filed f : filed) {
            for (Map.Entry<String, String> photo : f.photoSha256().entrySet()) {
                if (!photo.getValue().equals(CityRecords.storedSha256(photo.getKey()))) {
                    missing.add(photo.getKey());
                }
            }
        }
        return missing;
    }

    static JsonObject sync(int k) throws Exception {
        Kiosk.Answer a = City.kiosk(k).get("/api/admin/sync", Kiosk.ADMIN);
        assertEquals(200, a.status(), a.body());
        return a.object();
    }

    private static String syncStates() throws Exception {
        StringBuilder out = new StringBuilder();
        for (int k = 1; k <= City.get().kiosks(); k++) {
            out.append(City.kioskId(k)).append(' ').append(sync(k)).append("; ");
        }
        return out.toString();
    }

    /**
     * Every case once, with each step once (as many as its kiosk had), every photo stored with the SHA-256 of the bytes
     * uploaded, every kiosk's audit chain stored whole and verified.
     */
    static void assertWholeAndOnce(Collection<Filings.Filed> filed) throws Exception {
        Map<String, Integer> cases = CityRecords.cases();
        Map<String, Integer> steps = CityRecords.steps();
        Map<String, Integer> kioskSteps = CityRecords.kioskSteps();
        for (Filings.Filed f : filed) {
            assertEquals(1, cases.getOrDefault(f.tracking(), 0), "case " + f.tracking() + " at the city");
            assertEquals(kioskSteps.get(f.tracking()), steps.get(f.tracking()), "steps of " + f.tracking());
            for (Map.Entry<String, String> photo : f.photoSha256().entrySet()) {
                assertEquals(photo.getValue(), CityRecords.storedSha256(photo.getKey()),
                        "photo " + photo.getKey() + " of " + f.tracking());
            }
        }
        List<String> trackings = filed.stream().map(Filings.Filed::tracking).toList();
        assertEquals(trackings.size(), trackings.stream().distinct().count(), "tracking numbers unique across kiosks");
        assertAuditVerified(filed.stream().map(Filings.Filed::kiosk).collect(Collectors.toSet()));
    }

    /** The city's copy of each kiosk's audit chain is whole (contiguous from 1) and intact. */
    static void assertAuditVerified(Collection<Integer> kiosks) throws Exception {
        Kiosk.Answer audit = City.node(1).get("/api/city/audit", Kiosk.DINSOS);
        assertEquals(200, audit.status(), audit.body());
        Map<String, JsonObject> origins = audit.object().getJsonArray("origins").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(o -> o.getString("kiosk"), o -> o));
        for (int k : kiosks) {
            JsonObject origin = origins.get(City.kioskId(k));
            assertTrue(origin != null, "no audit chain of " + City.kioskId(k) + ": " + origins.keySet());
            assertTrue(origin.getBoolean("intact"), origin.toString());
            assertEquals(origin.getJsonNumber("stored").longValue(), origin.getJsonNumber("verifiedUpTo").longValue(),
                    "the whole chain verified: " + origin);
        }
    }
}
