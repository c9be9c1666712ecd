package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.LedgerEntry;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counting a coin box in front of two witnesses, and correcting a count by a reversing entry. */
final class CollectionDesk {

    static final String KIND = "collection";

    private final JumatKoinConfig config;
    private final Ledger ledger;
    private final Counters counters;
    private final KioskClock clock;
    private final EntryDetails details;

    CollectionDesk(JumatKoinConfig config, Ledger ledger, Counters counters, KioskClock clock, EntryDetails details) {
        this.config = config;
        this.ledger = ledger;
        this.counters = counters;
        this.clock = clock;
        this.details = details;
    }

    Map<String, Object> record(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        LocalDate date = in.date("date", Text.of("Tanggal pengumpulan", "Collection date"));
        if (date.isAfter(clock.today()) || date.isBefore(clock.today().minusDays(config.maxBackdateDays()))) {
            throw ProgramException.of("invalid-date",
                    "Tanggal pengumpulan harus antara " + config.maxBackdateDays() + " hari lalu dan hari ini.",
                    "The collection date must be between " + config.maxBackdateDays() + " days ago and today.");
        }
        String box = box(in.text("box", Text.of("Kotak koin", "Coin box"), 2, 120));
        long amount = in.rupiah("amount", Text.of("Jumlah uang", "Amount"), 1, config.maxCollection());
        String first = in.text("witness1", Text.of("Nama saksi pertama", "First witness"), 3, 80);
        String second = in.text("witness2", Text.of("Nama saksi kedua", "Second witness"), 3, 80);
        if (same(first, second)) {
            throw ProgramException.of("same-witness", "Dua saksi harus dua orang yang berbeda.",
                    "The two witnesses must be two different people.");
        }
        if (same(first, actor.displayName()) || same(second, actor.displayName())
                || same(first, actor.username()) || same(second, actor.username())) {
            throw ProgramException.of("recorder-as-witness", "Pencatat tidak boleh menjadi saksi sendiri.",
                    "The person recording cannot be a witness.");
        }
        String slot = slot(date, box);
        if (counters.add(slot, 1, 0, 1).isEmpty()) {
            throw ProgramException.of("already-recorded",
                    "Kotak " + box + " untuk tanggal " + date + " sudah dicatat. Gunakan koreksi bila salah hitung.",
                    "Box " + box + " for " + date + " is already recorded. Use a correction if it was miscounted.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tanggal", date.toString());
        fields.put("kotak", box);
        fields.put("saksi", Memo.clean(first) + ", " + Memo.clean(second));
        try {
            LedgerEntry entry = ledger.append(config.ledger(), amount, KIND, sentence(fields), actor);
            details.keep(entry, fields);
            return Map.of("entry", view(entry, false, fields), "balance", ledger.balance(config.ledger()));
        } catch (RuntimeException e) {
            counters.add(slot, -1, 0, 1);
            throw e;
        }
    }

    /** Reverses a collection with a reason and, when the right count is given, records it in its place. */
    Map<String, Object> correct(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        long sequence = in.whole("sequence", Text.of("Nomor catatan", "Entry number"), 1, Long.MAX_VALUE);
        String reason = in.text("reason", Text.of("Alasan koreksi", "Reason for the correction"), 10, 200);
        Long corrected = in.optionalRupiah("amount", Text.of("Jumlah yang benar", "Correct amount"), 1,
                config.maxCollection()).orElse(null);
        LedgerEntry original = ledger.entries(config.ledger()).stream().filter(e -> e.sequence() == sequence)
                .findFirst().orElseThrow(() -> ProgramException.of("unknown-entry", "Catatan tidak ditemukan.",
                        "No such entry."));
        if (!KIND.equals(original.kind())) {
            throw ProgramException.of("not-a-collection", "Hanya catatan setoran yang dapat dikoreksi di sini.",
                    "Only collection entries can be corrected here.");
        }
        String guard = config.ledger() + ":koreksi:" + sequence;
        long shortfall = original.amount() - (corrected == null ? 0 : corrected);
        if (counters.value(guard) == 0 && shortfall > ledger.balance(config.ledger())) {
            throw belowZero();
        }
        if (counters.add(guard, 1, 0, 1).isEmpty()) {
            throw ProgramException.of("already-corrected", "Catatan ini sudah dikoreksi.",
                    "This entry has already been corrected.");
        }
        Map<String, String> memo = details.of(original);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (corrected != null) {
            // the right count goes in first, so the fund never dips while the wrong one is taken out
            Map<String, String> replacement = new LinkedHashMap<>(memo);
            replacement.remove("teks");
            replacement.put("koreksi", Long.toString(sequence));
            LedgerEntry right = ledger.append(config.ledger(), corrected, KIND, sentence(replacement), actor);
            details.keep(right, replacement);
            answer.put("replacement", view(right, false, replacement));
        }
        LedgerEntry reversal = ledger.reverse(config.ledger(), sequence, Memo.clean(reason), actor);
        answer.put("reversal", view(reversal, false, Map.of()));
        if (ledger.balance(config.ledger()) < 0) {
            // a payout slipped in between the check and the reversal: cancel the reversal, keep the fund whole
            ledger.reverse(config.ledger(), reversal.sequence(), "Koreksi dibatalkan: saldo tidak cukup", actor);
            if (answer.get("replacement") instanceof Map<?, ?> r) {
                ledger.reverse(config.ledger(), (Long) r.get("sequence"), "Koreksi dibatalkan: saldo tidak cukup",
                        actor);
            }
            counters.add(guard, -1, 0, 1);
            throw belowZero();
        }
        if (corrected == null && memo.containsKey("tanggal") && memo.containsKey("kotak")) {
            counters.add(slot(LocalDate.parse(memo.get("tanggal")), memo.get("kotak")), -1, 0, 1);
        }
        answer.put("balance", ledger.balance(config.ledger()));
        return answer;
    }

    private static ProgramException belowZero() {
        return ProgramException.of("correction-exceeds-balance",
                "Koreksi ini membuat saldo kas minus karena dana sudah dicairkan. Laporkan kepada Camat untuk diperiksa.",
                "This correction would make the balance negative because funds were already paid out. Report it "
                        + "to the camat for review.");
    }

    /** Collections for staff, newest first, with witnesses and who recorded them. */
    Map<String, Object> list() {
        List<LedgerEntry> entries = ledger.entries(config.ledger());
        LedgerHistory history = new LedgerHistory(entries);
        java.util.function.Function<LedgerEntry, Map<String, String>> fields = details.all();
        List<Map<String, Object>> rows = entries.stream().filter(e -> KIND.equals(e.kind()))
                .sorted((a, b) -> Long.compare(b.sequence(), a.sequence())).limit(100)
                .map(e -> view(e, history.reversed(e), fields.apply(e))).toList();
        return Map.of("boxes", List.of(config.boxes()), "entries", rows, "balance", ledger.balance(config.ledger()),
                "today", clock.today().toString());
    }

    /** The memo of a collection: its details in words, so the hash chain covers them too. */
    private static String sentence(Map<String, String> fields) {
        String counted = "Setoran kotak " + fields.get("kotak") + " tanggal " + fields.get("tanggal") + ", saksi "
                + fields.get("saksi");
        return fields.containsKey("koreksi") ? counted + " (hitungan benar untuk catatan " + fields.get("koreksi")
                + ")" : counted;
    }

    private Map<String, Object> view(LedgerEntry e, boolean reversed, Map<String, String> memo) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sequence", e.sequence());
        row.put("kind", e.kind());
        row.put("date", memo.getOrDefault("tanggal", LocalDate.ofInstant(e.at(), clock.zone()).toString()));
        row.put("box", memo.getOrDefault("kotak", ""));
        row.put("amount", e.amount());
        row.put("witnesses", memo.getOrDefault("saksi", ""));
        row.put("memo", memo.getOrDefault("teks", memo.getOrDefault("koreksi", "")));
        row.put("recordedBy", e.actor());
        row.put("reverses", e.reverses());
        row.put("reversed", reversed);
        return row;
    }

    private String box(String typed) {
        return Arrays.stream(config.boxes()).filter(b -> same(b, typed)).findFirst()
                .orElseThrow(() -> ProgramException.of("unknown-box",
                        "Kotak \"" + typed + "\" tidak terdaftar. Pilih dari daftar kotak.",
                        "Box \"" + typed + "\" is not registered. Choose one from the list."));
    }

    private String slot(LocalDate date, String box) {
        return config.ledger() + ":setoran:" + date + ":" + box.toLowerCase(Locale.ROOT);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().replaceAll("\\s+", " ")
                .equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }
}
