package id.anjungan.spi;

import java.util.List;

/**
 * A program's screening verdict with its reasons.
 *
 * @param verdict how likely the resident qualifies
 * @param reasons why, in plain words
 * @param service the service to start when the resident wants to go ahead; may be {@code null}
 */
public record Eligibility(Verdict verdict, List<Reason> reasons, String service) {

    /** How likely the resident qualifies. */
    public enum Verdict { LIKELY, POSSIBLE, UNLIKELY, NOT_RELEVANT }

    public Eligibility {
        reasons = List.copyOf(reasons);
    }

    public static Eligibility notRelevant() {
        return new Eligibility(Verdict.NOT_RELEVANT, List.of(), null);
    }

    public static Eligibility of(Verdict verdict, String service, Reason... reasons) {
        return new Eligibility(verdict, List.of(reasons), service);
    }

    /**
     * A verdict with reasons gathered in a list.
     *
     * @since 1.3
     */
    public static Eligibility of(Verdict verdict, String service, List<Reason> reasons) {
        return new Eligibility(verdict, reasons, service);
    }
}
