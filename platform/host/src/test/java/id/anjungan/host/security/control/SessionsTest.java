package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private static final Actor TKSK = new Actor("tksk", "Bu Ratna", Role.TKSK, null);
    private Instant now = Instant.parse("2026-12-06T01:00:00Z");
    private final Sessions sessions = new Sessions();

    {
        sessions.clock = () -> now;
    }

    @Test
    void defaultsAreEightHoursIdleAndTwelveInAll() {
        assertEquals(Duration.ofHours(8), sessions.idle);
        assertEquals(Duration.ofHours(12), sessions.lifetime);
    }

    @Test
    void aTokenUnusedForTheIdleTimeEnds() {
        String token = sessions.open(TKSK);
        now = now.plus(Duration.ofHours(8)).minusSeconds(1);
        assertTrue(sessions.actor(token).isPresent());
        now = now.plus(Duration.ofHours(8));
        assertTrue(sessions.actor(token).isEmpty());
    }

    /** A token in use all day (a busy kiosk, or a copied token kept alive) still ends 12 hours after login. */
    @Test
    void aTokenInUseEndsAtItsAbsoluteLifetime() {
        String token = sessions.open(TKSK);
        for (int hour = 1; hour < 12; hour++) {
            now = now.plus(Duration.ofHours(1));
            assertTrue(sessions.actor(token).isPresent(), "hour " + hour);
            sessions.assist(token, "3374014101800003");
        }
        now = now.plus(Duration.ofHours(1));
        assertTrue(sessions.actor(token).isEmpty());
        assertTrue(sessions.actor(token).isEmpty(), "and stays ended");
    }
}
