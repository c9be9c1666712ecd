package id.anjungan.host.persistence;

/**
 * Striped locks that serialise, within this JVM, transactions racing for the same unique key (the first row of a
 * counter, a claim), so the database's unique constraint is the backstop across kiosks rather than the everyday path.
 */
public final class KeyLocks {

    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    private KeyLocks() {
    }

    public static Object of(String key) {
        return STRIPES[Math.floorMod(key.hashCode(), STRIPES.length)];
    }
}
