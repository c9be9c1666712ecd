package id.anjungan.module.kjs.internal;

import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The priority list for KJS replacements: the quota is fixed, so a proposal waits until a retur frees a place
 * (000:L4005-4011). Only proposals whose home visit confirmed the condition are listed; the seed sets no order, so
 * the neglected come first (the seed's criteria name neglect), then the earliest filed.
 */
final class ReplacementPriority {

    private static final Set<String> WAITING = Set.of(Workflows.VISITED, "divalidasi", "diteruskan");
    static final Comparator<CaseRecord> ORDER = Comparator
            .comparing((CaseRecord c) -> !"true".equals(c.data().get("neglected")))
            .thenComparing(CaseRecord::createdAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(CaseRecord::tracking);

    private final CaseStore cases;
    private final ResidentRegistry residents;

    ReplacementPriority(CaseStore cases, ResidentRegistry residents) {
        this.cases = cases;
        this.residents = residents;
    }

    Map<String, Object> list() {
        List<CaseRecord> waiting = cases.list(Recipients.PROGRAM, ProposalFlow.SERVICE, null).stream()
                .filter(c -> WAITING.contains(c.state()))
                .filter(c -> "true".equals(c.data().get(HomeVisits.CONFIRMED)))
                .sorted(ORDER).toList();
        List<Object> rows = new ArrayList<>();
        int rank = 1;
        for (CaseRecord c : waiting) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", rank++);
            row.put("tracking", c.tracking());
            row.put("name", c.data().getOrDefault("name", ""));
            row.put("nikMasked", c.subjectNik() == null ? "" : residents.mask(c.subjectNik()));
            row.put("category", category(c.data().get("category")));
            row.put("neglected", "true".equals(c.data().get("neglected")));
            row.put("state", c.state());
            row.put("filed", c.createdAt() == null ? "" : c.createdAt().toString());
            row.put("visited", c.data().getOrDefault(HomeVisits.DATE, ""));
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("awaitingVisit", awaitingVisit());
        out.put("order", PackSheet.text("Yang terlantar lebih dulu, lalu menurut tanggal usulan",
                "The neglected first, then by date of proposal"));
        out.put("candidates", rows);
        return out;
    }

    /** Proposals and retur reports still waiting for their home visit, oldest first. */
    private List<Object> awaitingVisit() {
        List<Object> rows = new ArrayList<>();
        for (String service : List.of(ProposalFlow.SERVICE, ReturFlow.SERVICE)) {
            for (CaseRecord c : cases.list(Recipients.PROGRAM, service, null)) {
                if (!Set.of("diajukan", "dilaporkan").contains(c.state())) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("tracking", c.tracking());
                row.put("kind", ProposalFlow.SERVICE.equals(service) ? "USUL" : "KELUAR");
                row.put("name", c.data().getOrDefault("name", ""));
                row.put("nikMasked", c.subjectNik() == null ? "" : residents.mask(c.subjectNik()));
                row.put("filed", c.createdAt() == null ? "" : c.createdAt().toString());
                rows.add(row);
            }
        }
        rows.sort(java.util.Comparator.comparing(r -> String.valueOf(((Map<?, ?>) r).get("filed"))));
        return rows;
    }

    private static Map<String, Object> category(String code) {
        try {
            PpksCategory c = PpksCategory.valueOf(code);
            return PackSheet.text(c.labelId(), c.labelEn());
        } catch (IllegalArgumentException | NullPointerException e) {
            return PackSheet.text(String.valueOf(code), String.valueOf(code));
        }
    }
}
