package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Visits after someone leaves the panti; due dates are case facts {@code visitNDue}, done ones {@code visitNDone}. */
final class MonitoringDesk {

    private static final Set<String> CONDITIONS = Set.of("BAIK", "PERLU_PENDAMPINGAN", "KEMBALI_TERLANTAR");

    private final RehabilitasiConfig config;
    private final CaseStore cases;
    private final KioskClock clock;

    MonitoringDesk(RehabilitasiConfig config, CaseStore cases, KioskClock clock) {
        this.config = config;
        this.cases = cases;
        this.clock = clock;
    }

    Map<String, String> schedule(LocalDate leftOn) {
        Map<String, String> facts = new LinkedHashMap<>();
        int[] days = config.monitoringDays().clone();
        java.util.Arrays.sort(days);
        for (int i = 0; i < days.length; i++) {
            facts.put("visit" + (i + 1) + "Due", leftOn.plusDays(days[i]).toString());
        }
        return facts;
    }

    Map<String, Object> record(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        CaseRecord c = Reports.find(cases, in);
        Reports.requireState(c, Set.of(RehabilitasiCatalog.MONITORED), "dikunjungi", "visited");
        int visit = nextVisit(c.data());
        if (visit == 0) {
            throw ProgramException.of("no-visit-due", "Semua kunjungan sudah dicatat.", "Every visit is recorded.");
        }
        LocalDate date = input.get("date") == null || input.get("date").toString().isBlank() ? clock.today()
                : in.date("date", Text.of("Tanggal kunjungan", "Visit date"));
        if (date.isAfter(clock.today())) {
            throw ProgramException.of("invalid-date", "Tanggal kunjungan tidak boleh di masa depan.",
                    "The visit date cannot be in the future.");
        }
        String condition = in.code("condition", Text.of("Keadaan", "Condition"), CONDITIONS);
        String note = in.text("note", Text.of("Catatan kunjungan", "Visit note"), 10, 500);
        CaseRecord updated = cases.annotate(c.tracking(), Map.of("visit" + visit + "Done", date.toString(),
                "visit" + visit + "Condition", condition), "Kunjungan pemantauan ke-" + visit + ": " + note, actor);
        int next = nextVisit(updated.data());
        if (next == 0) {
            updated = cases.transition(c.tracking(), "selesai", "Pemantauan selesai.", actor);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tracking", updated.tracking());
        answer.put("visit", visit);
        answer.put("nextDue", next == 0 ? null : updated.data().get("visit" + next + "Due"));
        answer.put("state", updated.state());
        return answer;
    }

    /** Cases being monitored, the most overdue first. */
    List<Map<String, Object>> due() {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<CaseRecord> monitored = new ArrayList<>();
        RehabilitasiCatalog.CASE_SERVICES.forEach(s -> monitored.addAll(cases.list(RehabilitasiCatalog.CODE, s,
                RehabilitasiCatalog.MONITORED)));
        for (CaseRecord c : monitored) {
            int next = nextVisit(c.data());
            if (next == 0) {
                continue;
            }
            LocalDate due = LocalDate.parse(c.data().get("visit" + next + "Due"));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tracking", c.tracking());
            row.put("kelurahan", c.data().getOrDefault("kelurahan", ""));
            row.put("panti", c.data().getOrDefault("panti", ""));
            row.put("visit", next);
            row.put("due", due.toString());
            row.put("overdue", due.isBefore(clock.today()));
            rows.add(row);
        }
        rows.sort(Comparator.comparing(r -> r.get("due").toString()));
        return rows;
    }

    static int nextVisit(Map<String, String> data) {
        for (int n = 1; data.containsKey("visit" + n + "Due"); n++) {
            if (!data.containsKey("visit" + n + "Done")) {
                return n;
            }
        }
        return 0;
    }
}
