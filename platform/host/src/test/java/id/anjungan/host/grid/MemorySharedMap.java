package id.anjungan.host.grid;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The data grid as tests share it between two "nodes": one map in memory; {@link #silent} makes every call fail. */
public final class MemorySharedMap<V> implements SharedMap<V> {

    private final Map<String, V> entries = new ConcurrentHashMap<>();
    /** While true, every call throws {@link SharedMap.Unavailable}, as when the grid does not answer in time. */
    public volatile boolean silent;

    @Override
    public V get(String key) {
        answer();
        return entries.get(key);
    }

    @Override
    public void put(String key, V value) {
        answer();
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(String key, V value) {
        answer();
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(String key, V expected, V value) {
        answer();
        return entries.replace(key, expected, value);
    }

    @Override
    public void remove(String key) {
        answer();
        entries.remove(key);
    }

    public Map<String, V> entries() {
        return entries;
    }

    private void answer() {
        if (silent) {
            throw new Unavailable("silent", null);
        }
    }
}
