package id.anjungan.testkit;

import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Reservation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counters, claims and quotas in memory, each operation atomic (synchronized). */
public final class MemoryCounters implements Counters {

    private final Map<String, Map<String, Claim>> claims = new HashMap<>();
    private final Map<String, Long> counters = new HashMap<>();
    private final Map<String, List<String>> holders = new HashMap<>();
    private final Map<String, List<String>> waiting = new HashMap<>();
    private final KioskClock clock;

    public MemoryCounters(KioskClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Claim claimOnce(String scope, String key, String by, Map<String, String> details) {
        Map<String, Claim> inScope = claims.computeIfAbsent(scope, k -> new LinkedHashMap<>());
        Claim first = inScope.get(key);
        if (first != null) {
            return new Claim(false, first.at(), first.by(), first.details());
        }
        Claim claim = new Claim(true, clock.now(), by, details);
        inScope.put(key, claim);
        return claim;
    }

    @Override
    public synchronized Optional<Claim> claimed(String scope, String key) {
        // as the kiosk's: a claim looked up was not won by the one looking
        return Optional.ofNullable(claims.getOrDefault(scope, Map.of()).get(key))
                .map(c -> new Claim(false, c.at(), c.by(), c.details()));
    }

    @Override
    public synchronized List<String> claims(String scope) {
        return List.copyOf(claims.getOrDefault(scope, Map.of()).keySet());
    }

    @Override
    public synchronized Optional<Long> add(String counter, long delta, long min, long max) {
        long next = counters.getOrDefault(counter, 0L) + delta;
        if (next < min || next > max) {
            return Optional.empty();
        }
        counters.put(counter, next);
        return Optional.of(next);
    }

    @Override
    public synchronized long value(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    @Override
    public synchronized Reservation reserve(String quota, int capacity, String holder) {
        List<String> held = holders.computeIfAbsent(quota, k -> new ArrayList<>());
        List<String> queue = waiting.computeIfAbsent(quota, k -> new ArrayList<>());
        if (held.contains(holder)) {
            return new Reservation(holder, true, 0);
        }
        if (!queue.contains(holder)) {
            if (held.size() < capacity) {
                held.add(holder);
                return new Reservation(holder, true, 0);
            }
            queue.add(holder);
        }
        return new Reservation(holder, false, queue.indexOf(holder) + 1);
    }

    @Override
    public synchronized Optional<String> release(String quota, int capacity, String holder) {
        List<String> held = holders.computeIfAbsent(quota, k -> new ArrayList<>());
        List<String> queue = waiting.computeIfAbsent(quota, k -> new ArrayList<>());
        if (!held.remove(holder)) {
            queue.remove(holder);
            return Optional.empty();
        }
        if (!queue.isEmpty() && held.size() < capacity) {
            String next = queue.remove(0);
            held.add(next);
            return Optional.of(next);
        }
        return Optional.empty();
    }

    @Override
    public synchronized List<String> holders(String quota) {
        return List.copyOf(holders.getOrDefault(quota, List.of()));
    }

    @Override
    public synchronized List<String> waiting(String quota) {
        return List.copyOf(waiting.getOrDefault(quota, List.of()));
    }
}
