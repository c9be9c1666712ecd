package id.anjungan.spi.platform;

import java.time.Instant;

/**
 * One entry of a case's history.
 *
 * @param at when
 * @param state state after the step
 * @param transition transition id, or {@code "submit"} for the first entry
 * @param actor display name and role of who took it ("PSM Sari untuk 3374••••••••0003")
 * @param note the officer's note, visible to the resident
 */
public record CaseStep(Instant at, String state, String transition, String actor, String note) {
}
