package id.anjungan.spi.platform;

/**
 * The result of re-computing a hash chain.
 *
 * @param intact whether every entry is present, in order and unchanged
 * @param entries how many entries were checked
 * @param firstBroken sequence of the first entry that fails, or 0 when intact
 * @param problem what is wrong, or {@code null}
 */
public record Verification(boolean intact, long entries, long firstBroken, String problem) {
}
