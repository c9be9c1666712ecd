package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.LedgerEntry;
import id.anjungan.spi.platform.Verification;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What anyone may see of the fund: balance, collections per week, every disbursement with its purpose, every
 * correction. Families appear only by kelurahan and cause; witnesses and staff names stay on the staff desk.
 */
final class PublicLedger {

    private final JumatKoinConfig config;
    private final Ledger ledger;
    private final KioskClock clock;
    private final EntryDetails details;

    PublicLedger(JumatKoinConfig config, Ledger ledger, KioskClock clock, EntryDetails details) {
        this.config = config;
        this.ledger = ledger;
        this.clock = clock;
        this.details = details;
    }

    Map<String, Object> view() {
        List<LedgerEntry> entries = ledger.entries(config.ledger());
        LedgerHistory history = new LedgerHistory(entries);
        Function<LedgerEntry, Map<String, String>> fields = details.all();
        TreeMap<LocalDate, Long> weeks = new TreeMap<>();
        List<Map<String, Object>> disbursements = new ArrayList<>();
        List<Map<String, Object>> corrections = new ArrayList<>();
        long collected = 0;
        long disbursed = 0;
        for (LedgerEntry e : entries) {
            // a reversal counts where its original belongs, so each week shows its corrected total
            LedgerEntry origin = history.origin(e);
            if (CollectionDesk.KIND.equals(origin.kind())) {
                weeks.merge(weekOf(collectionDate(origin, fields.apply(origin))), e.amount(), Long::sum);
                collected += e.amount();
            } else if (DisbursementDesk.KIND.equals(origin.kind())) {
                disbursed -= e.amount();
            }
            if (e.reverses() > 0) {
                corrections.add(correction(e, origin));
            } else if (DisbursementDesk.KIND.equals(e.kind())) {
                disbursements.add(disbursement(e, history.reversed(e), fields.apply(e)));
            }
        }
        Verification check = ledger.verify(config.ledger());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("balance", ledger.balance(config.ledger()));
        view.put("totalCollected", collected);
        view.put("totalDisbursed", disbursed);
        view.put("intact", check.intact());
        view.put("entries", check.entries());
        view.put("weeks", weekRows(weeks));
        view.put("disbursements", disbursements);
        view.put("corrections", corrections);
        view.put("asOf", clock.now().toString());
        return view;
    }

    private List<Map<String, Object>> weekRows(TreeMap<LocalDate, Long> weeks) {
        LocalDate last = weekOf(clock.today());
        LocalDate first = last.minusWeeks(Math.max(1, config.publicWeeks()) - 1L);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            rows.add(Map.of("week", week.toString(), "collected", weeks.getOrDefault(week, 0L)));
        }
        return rows;
    }

    private Map<String, Object> disbursement(LedgerEntry e, boolean reversed, Map<String, String> memo) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sequence", e.sequence());
        row.put("date", LocalDate.ofInstant(e.at(), clock.zone()).toString());
        row.put("amount", -e.amount());
        row.put("purpose", memo.getOrDefault("tujuan", memo.getOrDefault("teks", "")));
        row.put("kelurahan", memo.getOrDefault("kelurahan", ""));
        row.put("cause", memo.getOrDefault("sebab", ""));
        row.put("paidTo", memo.getOrDefault("penerima", ""));
        row.put("reversed", reversed);
        return row;
    }

    private Map<String, Object> correction(LedgerEntry e, LedgerEntry origin) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sequence", e.sequence());
        row.put("date", LocalDate.ofInstant(e.at(), clock.zone()).toString());
        row.put("amount", e.amount());
        row.put("reverses", e.reverses());
        row.put("of", origin.kind());
        row.put("reason", e.memo());
        return row;
    }

    private LocalDate collectionDate(LedgerEntry e, Map<String, String> memo) {
        String date = memo.get("tanggal");
        return date != null ? LocalDate.parse(date) : LocalDate.ofInstant(e.at(), clock.zone());
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
