package id.anjungan.spi;

/**
 * A state of a case workflow.
 *
 * @param id stable key, e.g. {@code "submitted"}
 * @param label what the resident reads in the case history
 * @param slaDays days the case may stay in this state before it is flagged overdue; 0 for no limit
 * @param terminal whether the case is closed in this state
 */
public record State(String id, Text label, int slaDays, boolean terminal) {

    public static State open(String id, String labelId, String labelEn, int slaDays) {
        return new State(id, Text.of(labelId, labelEn), slaDays, false);
    }

    public static State closed(String id, String labelId, String labelEn) {
        return new State(id, Text.of(labelId, labelEn), 0, true);
    }
}
