package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The TKSK's open reports, emergencies first, then the oldest. */
final class OpenReports {

    private static final List<String> OPEN = List.of(RehabilitasiCatalog.REPORTED, RehabilitasiCatalog.HANDLED,
            RehabilitasiCatalog.REFERRED, RehabilitasiCatalog.WAITING, RehabilitasiCatalog.PLACED);

    private final CaseStore cases;
    private final ReferralDesk referrals;
    private final KioskClock clock;

    OpenReports(CaseStore cases, ReferralDesk referrals, KioskClock clock) {
        this.cases = cases;
        this.referrals = referrals;
        this.clock = clock;
    }

    List<Map<String, Object>> list() {
        List<CaseRecord> open = new ArrayList<>();
        for (String service : RehabilitasiCatalog.CASE_SERVICES) {
            OPEN.forEach(s -> open.addAll(cases.list(RehabilitasiCatalog.CODE, service, s)));
        }
        open.sort(Comparator.comparing((CaseRecord c) -> !"DARURAT".equals(c.category()))
                .thenComparing(CaseRecord::createdAt));
        return open.stream().map(this::row).toList();
    }

    private Map<String, Object> row(CaseRecord c) {
        Map<String, String> d = c.data();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tracking", c.tracking());
        row.put("state", c.state());
        row.put("urgency", c.category() == null ? d.getOrDefault("urgency", "") : c.category());
        row.put("category", d.getOrDefault("placementCategory", d.getOrDefault("category", "")));
        row.put("source", c.service());
        row.put("kelurahan", StreetReportRules.ELSEWHERE.equals(d.get("kelurahan")) ? d.getOrDefault("elsewhere", "")
                : d.getOrDefault("kelurahan", ""));
        row.put("outsideKecamatan", StreetReportRules.ELSEWHERE.equals(d.get("kelurahan")));
        row.put("location", d.getOrDefault("location", d.getOrDefault("hospital", "")));
        row.put("needs", d.getOrDefault("needs", ""));
        row.put("description", d.getOrDefault("description", ""));
        row.put("reported", c.createdAt().toString());
        row.put("due", c.dueAt() == null ? null : c.dueAt().toString());
        row.put("overdue", c.dueAt() != null && c.dueAt().isBefore(clock.now()));
        row.put("panti", d.get("panti"));
        row.put("letters", RehabilitasiCatalog.REFERRED.equals(c.state()) || d.containsKey("referralHospital")
                ? referrals.letters(c) : List.of());
        return row;
    }
}
