package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.EarlyRefusal;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Submission;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a BPNT report's answers so far already decide, at the question that decides it rather than after the last one:
 * a NIK on no current BPNT list (a card problem other than a zero balance, a change, a complaint, a delivery, an
 * objection) and a new card holder who is the holder himself. The full assessment still runs at submission.
 */
final class EarlyRefusals {

    /** Services only a household on the current list may file, whatever is answered after the NIK. */
    private static final Set<String> CURRENT_KPM_ONLY = Set.of(ConditionChangeFlow.SERVICE, ComplaintFlow.SERVICE,
            DeliveryFlow.SERVICE);

    private final KpmLookup kpm;

    EarlyRefusals(KpmLookup kpm) {
        this.kpm = kpm;
    }

    Optional<EarlyRefusal> of(Submission s) {
        String nik = KpmLookup.subject(s);
        if (nik == null) {
            return Optional.empty();
        }
        if (kpm.current(nik).isPresent()) {
            return ConditionChangeFlow.SERVICE.equals(s.service()) && nik.equals(s.get("newHolderNik"))
                    ? refusal(ConditionChangeFlow.SAME_HOLDER) : Optional.empty();
        }
        if (ObjectionFlow.SERVICE.equals(s.service())) {
            return refusal(ObjectionFlow.NOT_LISTED); // one objects only to a household on the list
        }
        String problem = s.get("problem");
        boolean refused = CURRENT_KPM_ONLY.contains(s.service())
                // a zero balance is judged by a tahap's payment list, which a household since dropped may be on
                || CardProblemFlow.SERVICE.equals(s.service()) && (!kpm.everListed(nik)
                        || problem != null && !CardProblem.SALDO_NOL.name().equals(problem));
        return refused ? refusal(KpmLookup.notKpm()) : Optional.empty();
    }

    private static Optional<EarlyRefusal> refusal(Reason reason) {
        return Optional.of(EarlyRefusal.of(List.of(reason)));
    }
}
