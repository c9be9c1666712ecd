package id.anjungan.spi.platform;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A small key-value store of the calling program: a secret it made itself, details kept beside its ledger entries.
 * Each module sees only its own program's keys (the program its bundle declares with the capability
 * {@code anjungan.program}); the values survive update, rollback and uninstall like every platform service's, and
 * every kiosk on a shared database sees the same ones.
 *
 * <p>Keys are 1–{@value #MAX_KEY} characters, values at most {@value #MAX_VALUE}; longer ones are refused with an
 * {@link IllegalArgumentException}. Use it for small things: lists and cases have their own services.
 *
 * @since 1.1
 */
@ProviderType
public interface ProgramStore {

    /** The longest key. */
    int MAX_KEY = 200;
    /** The longest value. */
    int MAX_VALUE = 4000;

    /** The value of a key, if it holds one. */
    Optional<String> get(String key);

    /** Every key that starts with {@code prefix} (all keys for {@code ""}) with its value, in key order. */
    SortedMap<String, String> withPrefix(String prefix);

    /** Stores one value, replacing what the key held. */
    void put(String key, String value);

    /** Stores every pair at once: all are stored, or none. */
    void putAll(Map<String, String> values);

    /**
     * Stores {@code value} unless the key holds one already, atomically across threads and kiosks.
     *
     * @return the value the key holds afterwards: {@code value}, or the one stored first
     */
    String putIfAbsent(String key, String value);

    /** Removes a key; whether it held a value. */
    boolean remove(String key);
}
