package id.anjungan.module.jumatkoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.platform.CaseRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityScoringTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @ParameterizedTest(name = "{0} {1} → {10}")
    @CsvSource({
        // damage, cause,  displaced, children, elderly, disabled, femaleHead, dtks, otherAid, weeks, total
        "BERAT,  KEBAKARAN, true,  2, 1, 0, false, true,  false, 0,  88",
        "BERAT,  BANJIR,    false, 0, 0, 0, false, false, false, 0,  45",
        "SEDANG, LAINNYA,   false, 1, 0, 1, true,  false, false, 3,  45",
        "RINGAN, BANJIR,    false, 0, 2, 0, false, true,  true,  0,  15",
        "RINGAN, KEBAKARAN, false, 0, 0, 0, false, false, true,  20, 12",
        "SEDANG, BANJIR,    true,  3, 0, 2, true,  true,  false, 1,  84",
    })
    void scoresEveryFactorWithTheDefaultWeights(String damage, String cause, boolean displaced, int children,
                                               int elderly, int disabled, boolean femaleHead, boolean dtks,
                                               boolean otherAid, int weeks, int total) {
        PriorityScoring scoring = new PriorityScoring(Fixture.config(Map.of()));
        Map<String, String> data = Map.of("damage", damage, "cause", cause, "displaced", "" + displaced,
                "children", "" + children, "elderly", "" + elderly, "disabled", "" + disabled,
                "femaleHead", "" + femaleHead, "dtks", "" + dtks, "otherAid", "" + otherAid);
        PriorityScoring.Score score = scoring.score(data, NOW.minus(Duration.ofDays(7L * weeks)), NOW);
        assertEquals(total, score.total());
        assertEquals(total, score.factors().stream().mapToInt(PriorityScoring.Factor::points).sum());
        assertEquals(10, score.factors().size(), "every factor is shown, also those worth nothing");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"weightDamageHeavy, 100, 100", "weightPerChild, 10, 20", "weightFire, 0, 0", "weightDtks, 25, 25"})
    void weightsComeFromConfiguration(String weight, int value, int points) {
        PriorityScoring scoring = new PriorityScoring(Fixture.config(Map.of(weight, value)));
        Map<String, String> data = Map.of("damage", "BERAT", "cause", "KEBAKARAN", "children", "2", "dtks", "true");
        String factor = Map.of("weightDamageHeavy", "damage", "weightPerChild", "children", "weightFire", "cause",
                "weightDtks", "dtks").get(weight);
        assertEquals(points, scoring.score(data, NOW, NOW).factors().stream().filter(f -> f.id().equals(factor))
                .findFirst().orElseThrow().points());
    }

    @Test
    void theSurveyedDamageReplacesTheApplicantsEstimate() {
        PriorityScoring scoring = new PriorityScoring(Fixture.config(Map.of()));
        Map<String, String> data = new HashMap<>(Map.of("damage", "BERAT", "cause", "BANJIR"));
        assertEquals(45, scoring.score(data, NOW, NOW).total());
        data.put("surveyDamage", "RINGAN");
        assertEquals(10, scoring.score(data, NOW, NOW).total());
    }

    @Test
    void theRankingFollowsTheScoreThenWhoAppliedFirst() {
        Fixture f = new Fixture();
        Instant now = f.p.clock.now();
        CaseRecord light = f.request(Map.of("damage", "RINGAN", "displaced", "false"), now.minusSeconds(60));
        CaseRecord heavyLater = f.request(Map.of(), now.minusSeconds(10));
        CaseRecord heavyFirst = f.request(Map.of(), now.minusSeconds(20));
        List<PriorityList.Ranked> ranked = new PriorityList(f.p.cases, new PriorityScoring(f.config), f.p.clock)
                .ranked("diajukan");
        assertEquals(List.of(heavyFirst.tracking(), heavyLater.tracking(), light.tracking()),
                ranked.stream().map(r -> r.record().tracking()).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(PriorityList.Ranked::rank).toList());

        Fixture weighted = new Fixture(Map.of("weightDamageHeavy", 0, "weightDamageLight", 90));
        weighted.request(Map.of(), now);
        CaseRecord favoured = weighted.request(Map.of("damage", "RINGAN"), now);
        Map<String, Object> answer = weighted.op("prioritas", Map.of(), Fixture.TKSK);
        Map<?, ?> first = (Map<?, ?>) ((List<?>) answer.get("requests")).get(0);
        assertEquals(favoured.tracking(), first.get("tracking"));
        assertEquals(10, ((List<?>) first.get("factors")).size());
    }
}
