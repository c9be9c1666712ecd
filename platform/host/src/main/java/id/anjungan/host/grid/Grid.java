package id.anjungan.host.grid;

import id.anjungan.host.threads.Threads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * Payara's data grid as the city tier's nodes share it: JCache caches through the injected {@link CacheManager}
 * ({@code Caching.getCachingProvider()} would hang, trying to reach the grid as a client). A kiosk runs Payara with
 * {@code --nohazelcast}: the manager is then null and {@link #map} answers empty, so its callers keep their data in
 * memory as a single kiosk always did.
 */
@ApplicationScoped
public class Grid {

    /** Longer than a grid call takes between live members on one LAN, far shorter than HAProxy's server timeout. */
    static final long TIMEOUT_MILLIS = 1000;

    @Inject
    Instance<CacheManager> managers;
    @Inject
    Threads threads;

    private CacheManager manager;
    private ExecutorService calls;

    @PostConstruct
    void open() {
        manager = managers.isResolvable() ? managers.get() : null;
        if (manager != null) {
            // a few threads and a short queue: when they are all stuck on the grid, callers fall back at once
            calls = threads.own(new ThreadPoolExecutor(4, 4, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(64),
                    threads.named("data-grid")));
        }
    }

    /** Whether this node is a member of a data grid (a city node), as opposed to a kiosk. */
    public boolean present() {
        return manager != null;
    }

    /**
     * The shared map {@code name} whose entries end {@code expiry} after they were last written; empty without a grid.
     */
    public <V> Optional<SharedMap<V>> map(String name, Duration expiry) {
        if (manager == null) {
            return Optional.empty();
        }
        CacheManager m = manager;
        return Optional.of(new CacheMap<V>(() -> cache(m, name, expiry), calls, TIMEOUT_MILLIS));
    }

    /** The cache, created by whichever node asks first; another node creating it at the same time wins. */
    static <V> Cache<String, V> cache(CacheManager manager, String name, Duration expiry) {
        Cache<String, V> cache = manager.getCache(name);
        if (cache != null) {
            return cache;
        }
        MutableConfiguration<String, V> configuration = new MutableConfiguration<String, V>()
                .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(TimeUnit.SECONDS, Math.max(1, expiry.toSeconds()))));
        try {
            return manager.createCache(name, configuration);
        } catch (CacheException exists) {
            Cache<String, V> other = manager.getCache(name);
            if (other == null) {
                throw exists;
            }
            return other;
        }
    }
}
