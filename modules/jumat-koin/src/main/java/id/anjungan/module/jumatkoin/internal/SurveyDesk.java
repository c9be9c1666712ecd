package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The TKSK's home visit: the surveyed damage replaces the applicant's own estimate in the ranking. */
final class SurveyDesk {

    private static final Set<String> DAMAGE = Set.of("BERAT", "SEDANG", "RINGAN");

    private final CaseStore cases;
    private final KioskClock clock;
    private final long maxCost;

    SurveyDesk(CaseStore cases, KioskClock clock, long maxCost) {
        this.cases = cases;
        this.clock = clock;
        this.maxCost = maxCost;
    }

    Map<String, Object> record(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        CaseRecord request = Requests.find(cases, in.text("tracking", Text.of("Nomor permohonan", "Request number"),
                5, 40));
        if (!JumatKoinCatalog.SUBMITTED.equals(request.state())) {
            throw ProgramException.of("already-surveyed", "Permohonan ini sudah disurvei atau sudah ditutup.",
                    "This request was already surveyed or is closed.");
        }
        String damage = in.text("damage", Text.of("Tingkat kerusakan", "Damage"), 4, 10)
                .toUpperCase(java.util.Locale.ROOT);
        if (!DAMAGE.contains(damage)) {
            throw ProgramException.of("invalid-damage", "Pilih kerusakan berat, sedang atau ringan.",
                    "Choose heavy, moderate or light damage.");
        }
        long cost = in.rupiah("estimatedCost", Text.of("Perkiraan biaya perbaikan", "Estimated repair cost"), 1,
                maxCost * 10);
        String note = in.text("note", Text.of("Catatan survei", "Survey note"), 10, 500);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("surveyDamage", damage);
        facts.put("surveyCost", Long.toString(cost));
        facts.put("surveyDisplaced", Boolean.toString(Boolean.TRUE.equals(input.get("displaced"))
                || "true".equals(String.valueOf(input.get("displaced")))));
        facts.put("surveyDate", clock.today().toString());
        cases.annotate(request.tracking(), facts, note, actor);
        CaseRecord verified = cases.transition(request.tracking(), JumatKoinCatalog.VERIFY,
                "Rumah sudah disurvei TKSK; menunggu keputusan Camat.", actor);
        return Map.of("tracking", verified.tracking(), "state", verified.state());
    }
}
