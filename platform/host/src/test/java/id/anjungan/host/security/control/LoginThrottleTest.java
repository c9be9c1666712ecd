package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant MINUTE = Instant.parse("2026-12-06T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void anAccountGetsFiveAttemptsAMinuteFromAnywhere() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.attempt("psm", "10.0.0." + i, MINUTE.plusSeconds(i)).isEmpty(), "attempt " + i);
        }
        assertEquals(Optional.of(Duration.ofSeconds(50)), throttle.attempt("PSM", "10.0.0.9", MINUTE.plusSeconds(10)));
        assertTrue(throttle.attempt("tksk", "10.0.0.9", MINUTE.plusSeconds(11)).isEmpty(), "other accounts go on");
        assertTrue(throttle.attempt("psm", "10.0.0.9", MINUTE.plusSeconds(60)).isEmpty(), "the next minute");
    }

    /** Spreading guesses over many usernames does not escape the source's limit. */
    @Test
    void aSourceGetsThirtyAttemptsAMinuteOverAllAccounts() {
        for (int i = 0; i < 30; i++) {
            assertTrue(throttle.attempt("user" + i, "192.0.2.7", MINUTE).isEmpty(), "attempt " + i);
        }
        assertTrue(throttle.attempt("user-new", "192.0.2.7", MINUTE.plusSeconds(59)).isPresent());
        assertTrue(throttle.attempt("user-new", "192.0.2.8", MINUTE.plusSeconds(59)).isEmpty());
    }

    /** At most 5 PIN guesses a minute instead of 96–168: a 6-digit PIN takes 200,000 minutes on average. */
    @Test
    void aPinIsNotGuessedAtSpeed() {
        int allowed = 0;
        for (int i = 0; i < 168; i++) {
            allowed += throttle.attempt("psm", "192.0.2." + (i % 250), MINUTE.plusMillis(i * 300L)).isEmpty() ? 1 : 0;
        }
        assertEquals(5, allowed);
    }
}
