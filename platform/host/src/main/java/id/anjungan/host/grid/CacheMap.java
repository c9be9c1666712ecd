package id.anjungan.host.grid;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.cache.Cache;

/**
 * A JCache cache of the data grid as a {@link SharedMap}. Each call runs on the grid's own small pool and the request
 * thread waits at most the timeout: a hung or leaving member must not hold the few HTTP threads of a healthy node
 * (with Hazelcast's defaults one frozen JVM blocked the request threads of every node until all failed their checks).
 * The cache is looked up or created at the first call, so that starting a node makes no grid call.
 */
final class CacheMap<V> implements SharedMap<V> {

    private final Supplier<Cache<String, V>> lookup;
    private final ExecutorService calls;
    private final long timeoutMillis;
    private volatile Cache<String, V> cache;

    CacheMap(Supplier<Cache<String, V>> lookup, ExecutorService calls, long timeoutMillis) {
        this.lookup = lookup;
        this.calls = calls;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public V get(String key) {
        return call(c -> c.get(key));
    }

    @Override
    public void put(String key, V value) {
        call(c -> {
            c.put(key, value);
            return null;
        });
    }

    @Override
    public boolean putIfAbsent(String key, V value) {
        return call(c -> c.putIfAbsent(key, value));
    }

    @Override
    public boolean replace(String key, V expected, V value) {
        return call(c -> c.replace(key, expected, value));
    }

    @Override
    public void remove(String key) {
        call(c -> c.remove(key));
    }

    private <T> T call(Function<Cache<String, V>, T> operation) {
        Callable<T> work = () -> operation.apply(cache());
        Future<T> answer;
        try {
            answer = calls.submit(work);
        } catch (RejectedExecutionException busy) {
            throw new Unavailable("every grid thread is waiting for the grid", busy);
        }
        try {
            return answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            answer.cancel(true);
            throw new Unavailable("the data grid did not answer within " + timeoutMillis + " ms", late);
        } catch (ExecutionException failed) {
            throw new Unavailable("the data grid failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting for the data grid", interrupted);
        }
    }

    private Cache<String, V> cache() {
        Cache<String, V> c = cache;
        if (c == null) {
            c = lookup.get();
            cache = c;
        }
        return c;
    }
}
