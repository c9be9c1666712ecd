package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Kiosk;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #23, test 6: the same household's claim-once request filed at two kiosks while both are offline (each kiosk
 * alone cannot know of the other): the city lets the first claim stand, lists the other as a conflict for the TKSK,
 * tells the losing kiosk, and later cases flow as before. The claim is Jum'at Koin's house-repair request (one per
 * household and disaster); CPP's hand-over is an operation, not a case, and does not travel to the city.
 */
class ClaimAcrossKiosksIT {

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void theSameHouseholdAtTwoOfflineKiosksLeavesOneClaimAndOneConflict() throws Exception {
        CityTopology city = City.get();
        Brokers.stopBoth(city);
        Filings.Filed first = Filings.house(1, 61_000);
        Filings.Filed second = Filings.house(2, 61_000);
        Brokers.startBoth(city);
        Arrivals.await(List.of(first, second));

        Map<String, String> conflicts = CityRecords.conflicts();
        boolean firstStands = conflicts.containsKey(second.tracking());
        Filings.Filed loser = firstStands ? second : first;
        Filings.Filed winner = firstStands ? first : second;
        assertEquals(winner.tracking(), conflicts.get(loser.tracking()), "one claim stands, one conflict: " + conflicts);
        assertTrue(!conflicts.containsKey(winner.tracking()), conflicts.toString());
        Kiosk.Answer worklist = City.node(1).get("/api/city/conflicts", Kiosk.TKSK);
        assertEquals(200, worklist.status(), worklist.body());
        assertTrue(worklist.body().contains(loser.tracking()), "the TKSK's conflict worklist: " + worklist.body());

        awaitNoted(loser, winner.tracking());
        Filings.Filed later = Filings.house(loser.kiosk(), 61_001);
        Arrivals.await(List.of(later));
        Arrivals.assertWholeAndOnce(List.of(first, second, later));
    }

    /** Waits until the losing kiosk learnt the outcome: its case names the claim that stands. */
    private static void awaitNoted(Filings.Filed loser, String winner) throws Exception {
        long deadline = System.nanoTime() + Arrivals.WITHIN.toNanos();
        while (!City.kiosk(loser.kiosk()).get("/api/cases/" + loser.tracking() + "/detail", Kiosk.TKSK).body()
                .contains(winner)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("kiosk " + loser.kiosk() + " never learnt that " + winner + " holds the claim");
            }
            Thread.sleep(1000);
        }
    }
}
