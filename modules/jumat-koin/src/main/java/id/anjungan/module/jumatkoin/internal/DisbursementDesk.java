package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.LedgerEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The camat's approval: money leaves the fund only through {@link Ledger#withdraw} (refused atomically above the
 * balance), and the case moves to paid so the family's history shows it.
 */
final class DisbursementDesk {

    static final String KIND = "disbursement";

    /** Who the money goes to, shown publicly by kind only: the family, a builder (tukang) or a building store. */
    static final Map<String, String> PAYEES = Map.of("KELUARGA", "keluarga penerima", "TUKANG", "tukang bangunan",
            "TOKO", "toko bahan bangunan");

    private final JumatKoinConfig config;
    private final Ledger ledger;
    private final CaseStore cases;
    private final Counters counters;
    private final PriorityList priorities;
    private final KioskClock clock;
    private final EntryDetails details;

    DisbursementDesk(JumatKoinConfig config, Ledger ledger, CaseStore cases, Counters counters,
                     PriorityList priorities, KioskClock clock, EntryDetails details) {
        this.details = details;
        this.config = config;
        this.ledger = ledger;
        this.cases = cases;
        this.counters = counters;
        this.priorities = priorities;
        this.clock = clock;
    }

    Map<String, Object> approve(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        CaseRecord request = Requests.find(cases, in.text("tracking", Text.of("Nomor permohonan", "Request number"),
                5, 40));
        if (!JumatKoinCatalog.VERIFIED.equals(request.state())) {
            throw ProgramException.of("not-approvable", "Hanya permohonan yang sudah disurvei dan belum dicairkan "
                    + "yang dapat disetujui.", "Only surveyed requests that are not yet paid can be approved.");
        }
        long amount = in.rupiah("amount", Text.of("Jumlah pencairan", "Amount"), 1, config.maxPerFamily());
        String purpose = in.text("purpose", Text.of("Tujuan penggunaan", "Purpose"), 10, 160);
        refusePersonalData(purpose, request);
        String payeeKind = in.code("payeeKind", Text.of("Dana diserahkan kepada", "Paid to"), PAYEES.keySet());
        String payee = in.text("payee", Text.of("Nama penerima dana", "Name of the payee"), 3, 100);
        String justification = skipJustification(in, request);
        String lock = config.ledger() + ":pencairan:" + request.tracking();
        if (counters.add(lock, 1, 0, 1).isEmpty()) {
            throw ProgramException.of("already-disbursing", "Permohonan ini sedang atau sudah dicairkan.",
                    "This request is being or has been paid.");
        }
        LedgerEntry entry = withdraw(amount, purpose, payeeKind, request, lock, actor);
        try {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("disbursedAmount", Long.toString(amount));
            facts.put("disbursedSequence", Long.toString(entry.sequence()));
            facts.put("disbursedOn", clock.today().toString());
            facts.put("disbursedPurpose", Memo.clean(purpose));
            facts.put("disbursedPayeeKind", payeeKind);
            facts.put("disbursedPayee", Memo.clean(payee));
            String note = "Dana " + OperationInput.formatRupiah(amount) + " disetujui Camat dari kas Jum'at Koin (catatan kas no. "
                    + entry.sequence() + "): " + purpose + ". Diserahkan kepada " + PAYEES.get(payeeKind) + " "
                    + Memo.clean(payee) + "; bukti penggunaan (kwitansi atau nota) dicatat saat perbaikan selesai"
                    + (justification == null ? "" : ". " + justification);
            cases.annotate(request.tracking(), facts, note, actor);
            CaseRecord paid = cases.transition(request.tracking(), JumatKoinCatalog.DISBURSE, note, actor);
            return Map.of("tracking", paid.tracking(), "state", paid.state(), "amount", amount,
                    "sequence", entry.sequence(), "balance", ledger.balance(config.ledger()));
        } catch (RuntimeException e) {
            // the money must not stay out of the fund when the family's case does not show it
            ledger.reverse(config.ledger(), entry.sequence(), "Pencairan dibatalkan otomatis: kasus "
                    + request.tracking() + " tidak dapat diperbarui", actor);
            counters.add(lock, -1, 0, 1);
            withdrawNote(request, actor);
            throw e;
        }
    }

    private void withdrawNote(CaseRecord request, Actor actor) {
        try {
            cases.annotate(request.tracking(), Map.of("disbursedAmount", "", "disbursedSequence", ""),
                    "Pencairan dibatalkan otomatis; dana kembali ke kas.", actor);
        } catch (RuntimeException ignored) {
            // the ledger reversal above already restored the fund; the note is only for the family's history
        }
    }

    private LedgerEntry withdraw(long amount, String purpose, String payeeKind, CaseRecord request, String lock,
                                 Actor actor) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tujuan", purpose);
        fields.put("penerima", payeeKind);
        fields.put("kelurahan", request.data().getOrDefault("kelurahan", ""));
        fields.put("sebab", request.data().getOrDefault("cause", ""));
        try {
            // the memo says it in words, so the hash chain covers what the public view shows
            LedgerEntry entry = ledger.withdraw(config.ledger(), amount, KIND, purpose + " (dibayar ke "
                    + payeeKind + ", Kelurahan " + fields.get("kelurahan") + ")", actor);
            details.keep(entry, fields);
            return entry;
        } catch (RuntimeException e) {
            counters.add(lock, -1, 0, 1);
            if (e instanceof ProgramException p && "insufficient-balance".equals(p.reason().code())) {
                long balance = ledger.balance(config.ledger());
                throw ProgramException.of("insufficient-balance",
                        "Saldo kas " + OperationInput.formatRupiah(balance) + " tidak cukup untuk " + OperationInput.formatRupiah(amount) + ".",
                        "The balance of " + OperationInput.formatRupiah(balance) + " does not cover " + OperationInput.formatRupiah(amount) + ".");
            }
            throw e;
        }
    }

    /** Passing over a more urgent surveyed request is allowed, but the reason goes into the record. */
    private String skipJustification(OperationInput in, CaseRecord request) {
        List<PriorityList.Ranked> ranked = priorities.ranked(JumatKoinCatalog.VERIFIED);
        if (ranked.isEmpty() || ranked.get(0).record().tracking().equals(request.tracking())) {
            return null;
        }
        return in.optionalText("justification", Text.of("Alasan", "Reason"), 10, 300)
                .map(j -> "Didahulukan dari urutan prioritas: " + j)
                .orElseThrow(() -> ProgramException.of("justification-needed",
                        "Ada permohonan dengan prioritas lebih tinggi. Tuliskan alasan mendahulukan permohonan ini.",
                        "A request ranks higher. Write why this one goes first."));
    }

    /** The purpose is public: it must not carry the family's identity or address. */
    private static void refusePersonalData(String purpose, CaseRecord request) {
        String address = request.data().getOrDefault("address", "").toLowerCase(Locale.ROOT).strip();
        if (purpose.matches(".*\\d{6,}.*") || address.length() >= 5
                && purpose.toLowerCase(Locale.ROOT).contains(address)) {
            throw ProgramException.of("personal-data-in-purpose",
                    "Tujuan tampil di papan kas umum: jangan tulis nomor identitas, nama atau alamat keluarga.",
                    "The purpose is shown publicly: leave out identity numbers, names and the family's address.");
        }
    }
}
