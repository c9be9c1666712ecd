package id.anjungan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.Reservation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Counters} does, the testkit's in-memory one and the kiosk's stored one alike: a module tested on
 * the testkit then behaves the same on the kiosk. A subclass gives a fresh, empty service for each test.
 */
public abstract class CountersContract {

    /** An empty service; called once per test. */
    protected abstract Counters counters();

    @Test
    void theFirstClaimWinsAndLaterOnesLearnWhoMadeIt() {
        Counters c = counters();
        Claim first = c.claimOnce("CPP:event-1", "3374011234560001", "desk-1", Map.of("place", "Balai RW 3"));
        Claim second = c.claimOnce("CPP:event-1", "3374011234560001", "desk-2", Map.of("place", "Kantor"));
        assertTrue(first.won());
        assertFalse(second.won());
        assertEquals("desk-1", second.by());
        assertEquals(Map.of("place", "Balai RW 3"), second.details());
        assertEquals(first.at(), second.at(), "a later attempt learns when the first claim was made");
        assertTrue(c.claimOnce("CPP:event-2", "3374011234560001", "desk-2", Map.of()).won(), "scopes are apart");
        Claim found = c.claimed("CPP:event-1", "3374011234560001").orElseThrow();
        assertEquals("desk-1", found.by());
        assertFalse(found.won(), "a claim looked up is not won by the one looking");
        assertEquals(Optional.empty(), c.claimed("CPP:event-1", "3374011234560002"));
    }

    @Test
    void claimsListTheKeysOfAScopeInTheOrderClaimed() {
        Counters c = counters();
        c.claimOnce("s", "b", "x", null);
        c.claimOnce("s", "a", "x", Map.of());
        c.claimOnce("s", "b", "y", Map.of());
        c.claimOnce("other", "c", "x", Map.of());
        assertEquals(List.of("b", "a"), c.claims("s"));
        assertEquals(List.of(), c.claims("none"));
        assertEquals(Map.of(), c.claimed("s", "b").orElseThrow().details(), "no details are an empty map");
    }

    @Test
    void aCounterStaysWithinItsBoundsAndStartsAtZero() {
        Counters c = counters();
        assertEquals(0, c.value("stock"));
        assertEquals(Optional.of(10L), c.add("stock", 10, 0, 10));
        assertEquals(Optional.empty(), c.add("stock", 1, 0, 10), "above the maximum");
        assertEquals(Optional.empty(), c.add("stock", -11, 0, 10), "below the minimum");
        assertEquals(10, c.value("stock"), "a refused change changes nothing");
        assertEquals(Optional.of(0L), c.add("stock", -10, 0, 10), "the bounds themselves are allowed");
        assertEquals(Optional.of(-5L), c.add("debt", -5, Long.MIN_VALUE, 0));
    }

    @Test
    void aQuotaPlacesUpToItsCapacityAndQueuesTheRestInOrder() {
        Counters c = counters();
        assertEquals(new Reservation("a", true, 0), c.reserve("panti", 2, "a"));
        assertEquals(new Reservation("b", true, 0), c.reserve("panti", 2, "b"));
        assertEquals(new Reservation("c", false, 1), c.reserve("panti", 2, "c"));
        assertEquals(new Reservation("d", false, 2), c.reserve("panti", 2, "d"));
        assertEquals(new Reservation("a", true, 0), c.reserve("panti", 2, "a"), "asking again keeps the place");
        assertEquals(new Reservation("d", false, 2), c.reserve("panti", 2, "d"), "asking again keeps the turn");
        assertEquals(List.of("a", "b"), c.holders("panti"));
        assertEquals(List.of("c", "d"), c.waiting("panti"));

        assertEquals(Optional.of("c"), c.release("panti", 2, "a"), "the first waiting takes the freed place");
        assertEquals(List.of("b", "c"), c.holders("panti"));
        assertEquals(List.of("d"), c.waiting("panti"));
        assertEquals(Optional.empty(), c.release("panti", 2, "d"), "leaving the waiting list frees no place");
        assertEquals(List.of(), c.waiting("panti"));
        assertEquals(Optional.empty(), c.release("panti", 2, "nobody"));
        assertEquals(Optional.empty(), c.release("panti", 2, "b"), "nobody waits");
        assertEquals(List.of("c"), c.holders("panti"));
        assertEquals(List.of(), c.holders("other"));
    }
}
