package id.anjungan.module.cpp.internal;

import id.anjungan.spi.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hand-over of CPP rice: when, where and how much per household. Kept as the details of a claim in the
 * platform's Counters (scope {@link #SCOPE}, key = id), so it is created once and survives module updates.
 */
record DistributionEvent(String id, LocalDate date, String place, int kgPerHousehold) {

    static final String SCOPE = "CPP-events";

    Map<String, String> details() {
        return Map.of("date", date.toString(), "place", place, "kgPerHousehold", Integer.toString(kgPerHousehold));
    }

    static DistributionEvent of(String id, Map<String, String> details) {
        return new DistributionEvent(id, LocalDate.parse(details.get("date")), details.get("place"),
                Integer.parseInt(details.get("kgPerHousehold")));
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("date", date.toString());
        m.put("day", Formats.json(Text.dateWithDay(date)));
        m.put("place", place);
        m.put("kgPerHousehold", kgPerHousehold);
        return m;
    }

    /** The claim-once scope of this event's households. */
    String claimScope() {
        return "CPP|" + id;
    }
}
