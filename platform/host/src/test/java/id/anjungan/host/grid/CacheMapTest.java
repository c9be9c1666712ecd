package id.anjungan.host.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.cache.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CacheMapTest {

    private final ExecutorService calls = Executors.newFixedThreadPool(2);
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void stop() {
        released.countDown();
        calls.shutdownNow();
    }

    /** A cache whose reads hang until the test ends, as a grid with a frozen member did; writes answer. */
    @SuppressWarnings("unchecked")
    private Cache<String, Long> hangingCache(Map<String, Long> entries) {
        return (Cache<String, Long>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> {
                        released.await();
                        yield entries.get((String) args[0]);
                    }
                    case "putIfAbsent" -> entries.putIfAbsent((String) args[0], (Long) args[1]) == null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aCallTheGridDoesNotAnswerInTimeFailsInsteadOfHolding() {
        Map<String, Long> entries = new ConcurrentHashMap<>();
        CacheMap<Long> map = new CacheMap<>(() -> hangingCache(entries), calls, 50);
        assertTrue(map.putIfAbsent("k", 1L));
        SharedMap.Unavailable late = assertThrows(SharedMap.Unavailable.class, () -> map.get("k"));
        assertTrue(late.getMessage().contains("did not answer"), late.getMessage());
    }

    @Test
    void aFailingGridCallIsUnavailableToo() {
        CacheMap<Long> map = new CacheMap<>(() -> hangingCache(new ConcurrentHashMap<>()), calls, 1000);
        SharedMap.Unavailable failed = assertThrows(SharedMap.Unavailable.class, () -> map.remove("k"));
        assertEquals(UnsupportedOperationException.class, failed.getCause().getClass());
    }

    @Test
    void withoutACacheManagerThereIsNoGrid() {
        Grid grid = new Grid();
        assertTrue(grid.map("x", java.time.Duration.ofMinutes(1)).isEmpty());
    }
}
