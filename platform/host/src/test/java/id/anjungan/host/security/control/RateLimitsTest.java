package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A fixed window per key: a minute unless told otherwise. */
class RateLimitsTest {

    private static final Instant NOON = Instant.parse("2026-11-23T05:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 10})
    void aKeyGetsItsLimitInAMinuteAndAgainTheNextMinute(int limit) {
        RateLimits limits = new RateLimits(limit);
        for (int i = 0; i < limit; i++) {
            assertTrue(limits.allow("kiosk-1", NOON.plusSeconds(i)));
        }
        assertFalse(limits.allow("kiosk-1", NOON.plusSeconds(59)));
        assertFalse(limits.allow("kiosk-1", NOON.plusSeconds(59)), "still refused, not counted past the limit");
        assertTrue(limits.allow("kiosk-2", NOON.plusSeconds(59)), "other keys are counted apart");
        assertTrue(limits.allow("kiosk-1", NOON.plusSeconds(60)));
    }

    @Test
    void countsStayExactForManyKeysInOneMinuteAndAfterIt() {
        RateLimits limits = new RateLimits(2);
        int keys = 50_000; // grows the table several times
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < keys; k++) {
                assertTrue(limits.allow("3374015508" + String.format("%06d", k), NOON));
            }
        }
        assertEquals(0, IntStream.range(0, keys).filter(k -> limits.allow("3374015508" + String.format("%06d", k),
                NOON.plusSeconds(30))).count());
        assertTrue(limits.allow("3374015508000001", NOON.plusSeconds(61)));
        assertTrue(limits.allow("3374015508000001", NOON.plusSeconds(62)));
        assertFalse(limits.allow("3374015508000001", NOON.plusSeconds(63)));
    }

    @Test
    void aRefusalSaysHowManySecondsAreLeftInTheWindow() {
        RateLimits hourly = new RateLimits(2, Duration.ofHours(1));
        Instant quarterPast = NOON.plusSeconds(15 * 60);
        assertEquals(0, hourly.retryAfter("3374015508850003", quarterPast));
        assertEquals(0, hourly.retryAfter("3374015508850003", quarterPast));
        assertEquals(45 * 60, hourly.retryAfter("3374015508850003", quarterPast));
        assertEquals(1, hourly.retryAfter("3374015508850003", NOON.plusSeconds(3599)), "never 0 when refused");
        assertEquals(0, hourly.retryAfter("3374015508850003", NOON.plusSeconds(3600)), "the next hour");
    }

    @Test
    void aLimitBelowOneIsAMistakeNotASilentBlock() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimits(0));
        assertThrows(IllegalArgumentException.class, () -> new RateLimits(5, Duration.ofMillis(10)));
    }
}
