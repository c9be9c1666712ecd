package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Reservation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Places in a panti through the platform's quota ({@link Counters#reserve}): a place within the quota or a turn on
 * the waiting list, in order; a release hands the place to the first in line.
 */
final class PlacementDesk {

    private static final Set<String> LEAVING = Set.of("PULIH", "KELUARGA", "DIRUJUK", "MENINGGAL", "LAINNYA");

    private final PantiRegistry registry;
    private final CaseStore cases;
    private final Counters counters;
    private final MonitoringDesk monitoring;
    private final KioskClock clock;

    PlacementDesk(PantiRegistry registry, CaseStore cases, Counters counters, MonitoringDesk monitoring,
                  KioskClock clock) {
        this.registry = registry;
        this.cases = cases;
        this.counters = counters;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    List<Map<String, Object>> registry() {
        return registry.all().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id());
            row.put("name", p.name());
            row.put("location", p.location());
            row.put("categories", PantiRegistry.categoriesOf(p));
            row.put("quota", p.places());
            row.put("reportedOn", p.reportedOn() == null ? null : p.reportedOn().toString());
            row.put("placed", counters.holders(p.quotaKey()));
            row.put("waiting", counters.waiting(p.quotaKey()));
            return (Map<String, Object>) row;
        }).toList();
    }

    Map<String, Object> place(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        CaseRecord c = Reports.find(cases, in);
        Reports.requireState(c, Set.of(RehabilitasiCatalog.HANDLED, RehabilitasiCatalog.REFERRED), "ditempatkan",
                "placed");
        Panti panti = registry.find(in.text("panti", Text.of("Panti", "Panti"), 1, 60));
        boolean fromHospital = RehabilitasiCatalog.FROM_RSJ.equals(c.service());
        String category = fromHospital && input.get("category") == null ? Category.ODGJ.name()
                : in.code("category", Text.of("Kategori", "Category"), Category.names());
        // an RSJ intake carries the hospital's declaration, so the desk need not ask again
        boolean recovered = in.yes("declaredRecovered") || "true".equals(c.data().get("declaredRecovered"));
        List<Reason> refusals = PlacementRules.check(panti, category, recovered, in.yes("familyFound"));
        if (!refusals.isEmpty()) {
            throw new ProgramException(Reason.of(refusals.get(0).code(),
                    refusals.stream().map(r -> r.message().id()).collect(Collectors.joining(" ")),
                    refusals.stream().map(r -> r.message().en()).collect(Collectors.joining(" "))));
        }
        Optional<Panti> already = quotaOf(c.tracking());
        if (already.isPresent()) {
            throw ProgramException.of("already-in-quota", "Laporan ini sudah mendapat tempat atau antre di "
                    + already.get().name() + ".", "This report already holds or waits for a place at "
                    + already.get().name() + ".");
        }
        Reservation r = counters.reserve(panti.quotaKey(), panti.places(), c.tracking());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("panti", panti.id());
        facts.put("placementCategory", category);
        facts.put(r.placed() ? "placedOn" : "waitingSince", clock.today().toString());
        cases.annotate(c.tracking(), facts, "Diajukan ke " + panti.name() + ".", actor);
        CaseRecord moved = settle(c.tracking(), panti, actor);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tracking", moved.tracking());
        answer.put("state", moved.state());
        answer.put("placed", r.placed());
        answer.put("waitingPosition", r.waitingPosition());
        answer.put("panti", panti.name());
        return answer;
    }

    Map<String, Object> release(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        CaseRecord c = Reports.find(cases, in);
        Reports.requireState(c, Set.of(RehabilitasiCatalog.PLACED), "keluar panti", "released");
        String reason = in.code("reason", Text.of("Alasan keluar", "Reason for leaving"), LEAVING);
        String note = in.text("note", Text.of("Catatan", "Note"), 5, 300);
        Panti panti = registry.find(c.data().getOrDefault("panti", ""));
        Optional<String> promoted = counters.release(panti.quotaKey(), panti.places(), c.tracking());
        Map<String, String> facts = new LinkedHashMap<>(Map.of("leftOn", clock.today().toString(),
                "leftReason", reason));
        CaseRecord moved;
        if ("MENINGGAL".equals(reason)) {
            cases.annotate(c.tracking(), facts, note, actor);
            moved = cases.transition(c.tracking(), "tutup", "Meninggal dunia di " + panti.name() + ".", actor);
        } else {
            facts.putAll(monitoring.schedule(clock.today()));
            cases.annotate(c.tracking(), facts, note, actor);
            moved = cases.transition(c.tracking(), "keluar-panti", "Keluar dari " + panti.name()
                    + "; TKSK mendampingi dengan kunjungan pemantauan.", actor);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tracking", moved.tracking());
        answer.put("state", moved.state());
        answer.put("visits", moved.data().entrySet().stream().filter(e -> e.getKey().matches("visit\\d+Due"))
                .map(Map.Entry::getValue).sorted().toList());
        answer.put("promoted", promoted.map(next -> promote(next, panti, actor)).orElse(null));
        return answer;
    }

    Map<String, Object> cancelWaiting(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        CaseRecord c = Reports.find(cases, in);
        Reports.requireState(c, Set.of(RehabilitasiCatalog.WAITING), "keluar antrean", "taken off the list");
        String note = in.text("note", Text.of("Alasan", "Reason"), 5, 300);
        Panti panti = registry.find(c.data().getOrDefault("panti", ""));
        counters.release(panti.quotaKey(), panti.places(), c.tracking());
        CaseRecord moved = cases.transition(c.tracking(), "batal-antre", note, actor);
        return Map.of("tracking", moved.tracking(), "state", moved.state());
    }

    /**
     * Frees the place of a case that left the panti's states by another route (a generic "tutup" step), so the quota
     * is not held by a closed case.
     */
    void releaseIfLeft(CaseRecord c, Actor actor) {
        if (Set.of(RehabilitasiCatalog.WAITING, RehabilitasiCatalog.PLACED).contains(c.state())) {
            return;
        }
        quotaOf(c.tracking()).ifPresent(panti -> counters.release(panti.quotaKey(), panti.places(), c.tracking())
                .ifPresent(next -> promote(next, panti, actor)));
    }

    private String promote(String tracking, Panti panti, Actor actor) {
        cases.annotate(tracking, Map.of("placedOn", clock.today().toString()), "Giliran dari antrean.", actor);
        settle(tracking, panti, actor);
        return tracking;
    }

    /**
     * Moves the case to the state its quota says (placed or waiting). A release on another desk may promote a case
     * while its own placement is still being recorded; whoever moves it last checks again, so both converge.
     */
    private CaseRecord settle(String tracking, Panti panti, Actor actor) {
        for (int attempt = 0; attempt < 4; attempt++) {
            boolean holder = counters.holders(panti.quotaKey()).contains(tracking);
            int position = counters.waiting(panti.quotaKey()).indexOf(tracking) + 1;
            String state = cases.find(tracking).map(CaseRecord::state).orElse("");
            try {
                if (holder && !RehabilitasiCatalog.PLACED.equals(state)) {
                    cases.transition(tracking, "tempatkan", "Mendapat tempat di " + panti.name() + ", "
                            + panti.location() + (state.equals(RehabilitasiCatalog.WAITING) ? " dari antrean." : "."),
                            actor);
                } else if (position > 0 && !RehabilitasiCatalog.WAITING.equals(state)) {
                    cases.transition(tracking, "antre-panti", "Tempat di " + panti.name() + " penuh"
                            + reported(panti) + "; antrean ke-" + position + ".", actor);
                } else {
                    break;
                }
            } catch (ProgramException movedElsewhere) {
                // another desk took the step first; look again
            }
        }
        return cases.find(tracking).orElseThrow();
    }

    private static String reported(Panti panti) {
        return panti.reportedOn() == null ? "" : " menurut Dinsos Prov per " + Text.date(panti.reportedOn()).id();
    }

    private Optional<Panti> quotaOf(String tracking) {
        return registry.all().stream().filter(p -> counters.holders(p.quotaKey()).contains(tracking)
                || counters.waiting(p.quotaKey()).contains(tracking)).findFirst();
    }
}
