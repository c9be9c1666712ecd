package id.anjungan.spi;

import java.util.List;

/**
 * A program's answer to a {@link Submission}: refused with reasons, or accepted with the checklist and next steps
 * the receipt prints.
 *
 * @param refusals why the case cannot go ahead; empty when accepted
 * @param checklist documents to bring, narrowed from the answers
 * @param nextSteps where to go and what happens next
 * @param claimKey when not {@code null}, the platform opens the case only if this key was never claimed before in
 *                 the program (atomically, across kiosks), e.g. the deceased's NIK for a death benefit
 * @param category a grievance category or case sub-type shown to the TKSK; may be {@code null}
 */
public record Assessment(List<Reason> refusals, List<Document> checklist, Text nextSteps, String claimKey,
                         String category) {

    public Assessment {
        refusals = List.copyOf(refusals);
        checklist = List.copyOf(checklist);
    }

    public static Assessment accept(List<Document> checklist, Text nextSteps) {
        return new Assessment(List.of(), checklist, nextSteps, null, null);
    }

    public static Assessment refuse(Reason... reasons) {
        if (reasons.length == 0) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        return new Assessment(List.of(reasons), List.of(), null, null, null);
    }

    public static Assessment refuse(List<Reason> reasons) {
        return refuse(reasons.toArray(Reason[]::new));
    }

    public Assessment claimOnce(String key) {
        return new Assessment(refusals, checklist, nextSteps, key, category);
    }

    public Assessment inCategory(String newCategory) {
        return new Assessment(refusals, checklist, nextSteps, claimKey, newCategory);
    }

    public boolean accepted() {
        return refusals.isEmpty();
    }
}
