package id.anjungan.module.jumatkoin.internal;

import id.anjungan.module.jumatkoin.internal.PriorityScoring.Score;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Open housing requests, most urgent first; ties go to whoever applied first. */
final class PriorityList {

    record Ranked(int rank, CaseRecord record, Score score) {
    }

    private final CaseStore cases;
    private final PriorityScoring scoring;
    private final KioskClock clock;

    PriorityList(CaseStore cases, PriorityScoring scoring, KioskClock clock) {
        this.cases = cases;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** Ranks the requests in the given states together. */
    List<Ranked> ranked(String... states) {
        Instant now = clock.now();
        record Scored(CaseRecord record, Score score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String state : states) {
            cases.list(JumatKoinCatalog.CODE, JumatKoinCatalog.REQUEST, state)
                    .forEach(c -> scored.add(new Scored(c, scoring.score(c.data(), c.createdAt(), now))));
        }
        scored.sort(Comparator.comparingInt((Scored s) -> -s.score().total())
                .thenComparing(s -> s.record().createdAt()).thenComparing(s -> s.record().tracking()));
        List<Ranked> ranked = new ArrayList<>();
        for (Scored s : scored) {
            ranked.add(new Ranked(ranked.size() + 1, s.record(), s.score()));
        }
        return ranked;
    }

    List<Map<String, Object>> view(String... states) {
        return ranked(states).stream().map(PriorityList::row).toList();
    }

    private static Map<String, Object> row(Ranked r) {
        Map<String, String> d = r.record().data();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rank", r.rank());
        row.put("tracking", r.record().tracking());
        row.put("state", r.record().state());
        row.put("kelurahan", d.getOrDefault("kelurahan", ""));
        row.put("rtRw", d.getOrDefault("rt", "-") + "/" + d.getOrDefault("rw", "-"));
        row.put("cause", d.getOrDefault("cause", ""));
        row.put("submitted", r.record().createdAt().toString());
        row.put("estimatedCost", d.containsKey("surveyCost") ? Long.parseLong(d.get("surveyCost")) : null);
        row.put("total", r.score().total());
        row.put("factors", r.score().factors().stream().map(f -> Map.of("id", f.id(), "label", text(f.label()),
                "value", String.valueOf(f.value()), "points", f.points())).toList());
        return row;
    }

    static Map<String, String> text(Text t) {
        return Map.of("id", t.id(), "en", t.en());
    }
}
