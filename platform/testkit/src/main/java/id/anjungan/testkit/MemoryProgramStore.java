package id.anjungan.testkit;

import id.anjungan.spi.platform.ProgramStore;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** One program's {@link ProgramStore} in memory, with the host's limits on keys and values. */
public final class MemoryProgramStore implements ProgramStore {

    private final TreeMap<String, String> values = new TreeMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(checkedKey(key)));
    }

    @Override
    public synchronized SortedMap<String, String> withPrefix(String prefix) {
        TreeMap<String, String> found = new TreeMap<>();
        values.tailMap(prefix, true).entrySet().stream().takeWhile(e -> e.getKey().startsWith(prefix))
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableSortedMap(found);
    }

    @Override
    public void put(String key, String value) {
        putAll(Map.of(key, value));
    }

    @Override
    public synchronized void putAll(Map<String, String> pairs) {
        pairs.forEach(MemoryProgramStore::check);
        values.putAll(pairs);
    }

    @Override
    public synchronized String putIfAbsent(String key, String value) {
        check(key, value);
        return values.computeIfAbsent(key, k -> value);
    }

    @Override
    public synchronized boolean remove(String key) {
        return values.remove(checkedKey(key)) != null;
    }

    private static void check(String key, String value) {
        checkedKey(key);
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("a value is text of at most " + MAX_VALUE + " characters");
        }
    }

    private static String checkedKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a key is 1-" + MAX_KEY + " characters");
        }
        return key;
    }
}
