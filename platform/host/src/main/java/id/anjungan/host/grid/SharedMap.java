package id.anjungan.host.grid;

/**
 * A map the nodes of the city tier share on the data grid: string keys and plain values ({@code String}, {@code Long};
 * never a class of the WAR, which a node that has joined the grid but not yet deployed cannot read). Every call
 * answers within the grid's timeout or throws {@link Unavailable}.
 */
public interface SharedMap<V> {

    V get(String key);

    void put(String key, V value);

    /** {@code false} when the key holds a value already. */
    boolean putIfAbsent(String key, V value);

    /** Compare-and-set: {@code false} when the key does not hold {@code expected}. */
    boolean replace(String key, V expected, V value);

    void remove(String key);

    /** The grid did not answer in time, or failed: the caller decides on what it knows itself. */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
