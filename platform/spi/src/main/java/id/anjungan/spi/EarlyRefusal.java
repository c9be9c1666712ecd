package id.anjungan.spi;

import java.util.List;

/**
 * A refusal a program already knows from part of a form, given at the question that decides it rather than after
 * the last one (see {@link Program#refuseEarly(Submission)}).
 *
 * @param reasons why the application cannot go ahead, in plain words; never empty
 * @param instead services that may help instead; empty when none is known
 */
public record EarlyRefusal(List<Reason> reasons, List<Referral> instead) {

    public EarlyRefusal {
        reasons = List.copyOf(reasons);
        instead = instead == null ? List.of() : List.copyOf(instead);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
    }

    /** A refusal for {@code reasons}, with no referral. */
    public static EarlyRefusal of(List<Reason> reasons) {
        return new EarlyRefusal(reasons, List.of());
    }

    /** The same refusal, also offering {@code referral}. */
    public EarlyRefusal orTry(Referral referral) {
        List<Referral> more = new java.util.ArrayList<>(instead);
        more.add(referral);
        return new EarlyRefusal(reasons, more);
    }
}
