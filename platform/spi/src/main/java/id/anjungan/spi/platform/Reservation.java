package id.anjungan.spi.platform;

/**
 * The outcome of asking for a place within a quota.
 *
 * @param holder who asked
 * @param placed whether a place is held
 * @param waitingPosition 1-based position on the waiting list when not placed, else 0
 */
public record Reservation(String holder, boolean placed, int waitingPosition) {
}
