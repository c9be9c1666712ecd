package id.anjungan.spi.platform;

import java.time.Instant;
import java.util.Map;

/**
 * The outcome of a claim-once attempt.
 *
 * @param won whether this attempt made the claim
 * @param at when the (first) claim was made
 * @param by who made the (first) claim
 * @param details what the first claimant recorded (place, pickup person, …)
 */
public record Claim(boolean won, Instant at, String by, Map<String, String> details) {

    public Claim {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
