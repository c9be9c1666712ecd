package id.anjungan.spi;

import java.util.Set;

/**
 * The few answers of the "Bantuan apa yang cocok untuk saya?" screener.
 *
 * @param age age in years
 * @param disability the most limiting disability
 * @param chronicIllness has a chronic illness
 * @param neglected lives without anyone caring for them
 * @param poorHousehold household is poor (registered in DTKS/DTSEN or believes it should be)
 * @param currentAid program codes the household already receives, e.g. {@code BPNT}, {@code PKH}
 * @param houseDamagedByDisaster house damaged by fire, flood or another social disaster
 * @param recentDeath a family member died recently
 * @param homeless has no home or sleeps on the street
 */
public record ScreeningAnswers(int age, Disability disability, boolean chronicIllness, boolean neglected,
                               boolean poorHousehold, Set<String> currentAid, boolean houseDamagedByDisaster,
                               boolean recentDeath, boolean homeless) {

    public ScreeningAnswers {
        disability = disability == null ? Disability.NONE : disability;
        currentAid = currentAid == null ? Set.of() : Set.copyOf(currentAid);
    }

    public boolean receives(String programCode) {
        return currentAid.contains(programCode);
    }
}
