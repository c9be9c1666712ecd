package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kelurahan's priority list for BPNT: when a KPM dies without family, moves away or is declared able, the place
 * goes to the next household "menurut data prioritas yang ada" (000:L4749-4752). Only usul whose home visit confirmed
 * the need are listed, by the urgency the visitor rated ("skala prioritas berdasarkan urgensi", 000:L4650-4656), then
 * the earliest filed; the seed sets no finer order.
 */
final class ReplacementPriority {

    private static final Set<String> WAITING = Set.of(Workflows.VISITED, "divalidasi", "diteruskan");
    private static final List<String> URGENCY_ORDER = List.of("TINGGI", "SEDANG", "RENDAH");
    static final Comparator<CaseRecord> ORDER = Comparator
            .comparingInt(ReplacementPriority::urgencyRank)
            .thenComparing(CaseRecord::createdAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(CaseRecord::tracking);

    private final CaseStore cases;
    private final ResidentRegistry residents;

    ReplacementPriority(CaseStore cases, ResidentRegistry residents) {
        this.cases = cases;
        this.residents = residents;
    }

    Map<String, Object> list() {
        List<CaseRecord> waiting = cases.list(BpntCatalog.CODE, ProposalFlow.SERVICE, null).stream()
                .filter(c -> WAITING.contains(c.state()))
                .filter(c -> "true".equals(c.data().get(HomeVisits.CONFIRMED)))
                .sorted(ORDER).toList();
        List<Object> rows = new ArrayList<>();
        int rank = 1;
        for (CaseRecord c : waiting) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", rank++);
            row.put("tracking", c.tracking());
            row.put("name", name(c));
            row.put("nikMasked", masked(c));
            row.put("urgency", c.data().getOrDefault(HomeVisits.URGENCY, ""));
            row.put("state", c.state());
            row.put("filed", c.createdAt() == null ? "" : c.createdAt().toString());
            row.put("visited", c.data().getOrDefault(HomeVisits.DATE, ""));
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("awaitingVisit", awaitingVisit());
        out.put("order", Map.of("id", "Kebutuhan paling mendesak lebih dulu, lalu menurut tanggal usulan",
                "en", "The most urgent first, then by date of proposal"));
        out.put("candidates", rows);
        return out;
    }

    /** Usul, sanggah and change reports still waiting for their home visit, oldest first. */
    private List<Object> awaitingVisit() {
        List<Object> rows = new ArrayList<>();
        for (String service : List.of(ProposalFlow.SERVICE, ObjectionFlow.SERVICE, ConditionChangeFlow.SERVICE)) {
            for (CaseRecord c : cases.list(BpntCatalog.CODE, service, null)) {
                if (!Set.of("diajukan", "dilaporkan").contains(c.state())) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("tracking", c.tracking());
                row.put("kind", switch (service) {
                    case ProposalFlow.SERVICE -> "USUL";
                    case ObjectionFlow.SERVICE -> "SANGGAH";
                    default -> "PERUBAHAN";
                });
                row.put("name", name(c));
                row.put("nikMasked", masked(c));
                row.put("filed", c.createdAt() == null ? "" : c.createdAt().toString());
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(r -> String.valueOf(((Map<?, ?>) r).get("filed"))));
        return rows;
    }

    /** Cases visited before urgency was rated come after every rated one. */
    private static int urgencyRank(CaseRecord c) {
        int rank = URGENCY_ORDER.indexOf(c.data().get(HomeVisits.URGENCY));
        return rank < 0 ? URGENCY_ORDER.size() : rank;
    }

    private String nik(CaseRecord c) {
        return c.subjectNik() != null ? c.subjectNik() : c.data().get("nik");
    }

    private String masked(CaseRecord c) {
        String nik = nik(c);
        return nik == null ? "" : residents.mask(nik);
    }

    /** The name the register knows, if any: an usul form asks for the NIK and KK, not the name. */
    private String name(CaseRecord c) {
        String nik = nik(c);
        return nik == null ? "" : residents.find(nik).map(Resident::name).orElse("");
    }
}
