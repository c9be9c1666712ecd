package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records the amount on a case when Dinas Sosial marks it paid, and lists what was paid. */
final class Payments {

    private final CaseStore cases;
    private final ResidentRegistry residents;
    private final KioskClock clock;
    private final AuditLog audit;
    private final long amount;

    Payments(CaseStore cases, ResidentRegistry residents, KioskClock clock, AuditLog audit, long amount) {
        this.cases = cases;
        this.residents = residents;
        this.clock = clock;
        this.audit = audit;
        this.amount = amount;
    }

    /** Idempotent: a case that already carries an amount keeps it. */
    void recordPaid(CaseRecord record, Actor actor) {
        if (record.data().containsKey(Fields.AMOUNT_PAID)) {
            return;
        }
        String account = residents.mask(record.data().getOrDefault(Fields.ACCOUNT_NUMBER, ""));
        String bank = record.data().getOrDefault(Fields.BANK, "");
        String note = "Santunan " + Text.rupiah(amount) + " dibayarkan ke rekening " + bank + " " + account
                + " / Benefit of " + Text.rupiah(amount) + " paid to " + bank + " account " + account;
        cases.annotate(record.tracking(), Map.of(Fields.AMOUNT_PAID, Long.toString(amount),
                Fields.PAID_ON, clock.today().toString()), note, actor);
        audit.record(actor, "sankem-paid", record.tracking(), Text.rupiah(amount));
    }

    Map<String, Object> paid() {
        List<Map<String, Object>> rows = cases.list(SantunanDescriptor.CODE, SantunanDescriptor.APPLY,
                SantunanWorkflow.PAID).stream().map(this::row).toList();
        long total = rows.stream().mapToLong(r -> (Long) r.get("amount")).sum();
        return Map.of("payments", rows, "count", rows.size(), "total", total);
    }

    private Map<String, Object> row(CaseRecord c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tracking", c.tracking());
        m.put("deceasedNik", residents.mask(c.data().get(Fields.DECEASED_NIK)));
        m.put("paidOn", c.data().getOrDefault(Fields.PAID_ON, ""));
        m.put("amount", Long.parseLong(c.data().getOrDefault(Fields.AMOUNT_PAID, "0")));
        return m;
    }
}
