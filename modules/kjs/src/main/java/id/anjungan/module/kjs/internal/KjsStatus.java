package id.anjungan.module.kjs.internal;

import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** "Cek status KJS": amount, the next quarterly disbursement, and whether the pendamping collects. */
final class KjsStatus {

    private static final Set<String> WITHOUT_CARD = Set.of("HILANG", "RUSAK", "BELUM_TERCETAK");

    private final KjsConfig config;
    private final Rounds rounds;
    private final KioskClock clock;
    private final Counters counters;

    KjsStatus(KjsConfig config, KioskClock clock, Counters counters) {
        this.config = config;
        this.rounds = new Rounds(config);
        this.clock = clock;
        this.counters = counters;
    }

    static boolean collectedByPendamping(RecipientRecord r) {
        return "ya".equalsIgnoreCase(r.field("pendamping")) || "true".equalsIgnoreCase(r.field("pendamping"));
    }

    StatusReport of(Optional<RecipientRecord> record) {
        if (record.isEmpty()) {
            return StatusReport.notRegistered(Text.of("Anda belum terdaftar sebagai penerima KJS. Gunakan Skrining "
                    + "dan usul KJS bila ada penyandang disabilitas berat di keluarga Anda.", "You are not a KJS "
                    + "recipient. Use 'KJS screening and proposal' for a family member with a severe disability."));
        }
        RecipientRecord r = record.get();
        LocalDate today = clock.today();
        LocalDate next = rounds.next(today);
        Text day = Text.dateWithDay(next);
        boolean withoutCard = WITHOUT_CARD.contains(String.valueOf(r.field("kartu")).toUpperCase(java.util.Locale.ROOT));
        Text channel = withoutCard
                ? Text.of("Rekening " + config.bank() + " (tanpa kartu: dengan nomor rekening)",
                        config.bank() + " account (without card: with the account number)")
                : Text.of("Rekening " + config.bank() + " dengan kartu KJS", config.bank() + " account with the KJS card");
        return new StatusReport(true, r.period(), config.amountPerPayment(),
                Text.of("per " + config.paymentEveryMonths() + " bulan (" + Text.rupiah(config.amountPerPayment())
                        + ")", "every " + config.paymentEveryMonths() + " months (" + Text.rupiah(
                        config.amountPerPayment()) + ")"), channel,
                Text.of("Pencairan berikutnya sekitar " + day.id() + " di " + config.bankBranch(),
                        "Next disbursement around " + day.en() + " at " + config.bankBranch()), note(r, today));
    }

    private Text note(RecipientRecord r, LocalDate today) {
        var paid = counters.claimed(Disbursements.scope(Rounds.of(today)), r.nik());
        if (paid.isPresent()) {
            Text day = Text.dateWithDay(LocalDate.ofInstant(paid.get().at(), clock.zone()));
            return Text.of("Dana triwulan ini sudah dicairkan pada " + day.id() + ".",
                    "This quarter's funds were disbursed on " + day.en() + ".");
        }
        return collectedByPendamping(r)
                ? Text.of("Pendamping KJS (TKSK) mencairkan untuk Anda dan memberi kabar bila dana sudah diambil.",
                        "The KJS pendamping (TKSK) collects for you and tells you when the funds are collected.")
                : Text.of("Datang sendiri ke " + config.bank() + " dengan kartu KJS dan KTP setelah pendamping "
                        + "memberi tahu dana siap.", "Go to " + config.bank() + " yourself with the KJS card and KTP "
                        + "once the pendamping tells you the funds are ready.");
    }
}
