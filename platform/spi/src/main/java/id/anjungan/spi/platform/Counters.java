package id.anjungan.spi.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Atomic counters, claim-once keys and quotas, safe across kiosks and threads. */
@ProviderType
public interface Counters {

    /** Claims {@code key} in {@code scope} once; later attempts learn when and by whom it was first claimed. */
    Claim claimOnce(String scope, String key, String by, Map<String, String> details);

    /** The first claim of a key, if any. */
    Optional<Claim> claimed(String scope, String key);

    /** Keys claimed in a scope. */
    List<String> claims(String scope);

    /**
     * Adds {@code delta} to a counter if the result stays within {@code [min, max]}.
     *
     * @return the new value, or empty when it would leave the bounds (nothing changes then)
     */
    Optional<Long> add(String counter, long delta, long min, long max);

    long value(String counter);

    /** Holds a place in {@code quota} (at most {@code capacity} holders) or joins its waiting list, in order. */
    Reservation reserve(String quota, int capacity, String holder);

    /** Frees a place; the first on the waiting list (if any) takes it and is returned. */
    Optional<String> release(String quota, int capacity, String holder);

    List<String> holders(String quota);

    List<String> waiting(String quota);
}
