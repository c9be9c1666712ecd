package id.anjungan.host.status.control;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code limit} events per key per minute (a fixed window: cheap, and strict enough against probing). */
public final class RateLimits {

    private record Window(long minute, int count) {
    }

    private final int limit;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimits(int limit) {
        this.limit = limit;
    }

    /** Counts one event; {@code false} when the key has used up this minute. */
    public boolean allow(String key, Instant now) {
        long minute = now.getEpochSecond() / 60;
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window w = windows.merge(key, new Window(minute, 1), (old, one) -> old.minute() == minute
                ? new Window(minute, old.count() + 1) : one);
        return w.count() <= limit;
    }
}
