package id.anjungan.module.kjs.internal;

import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** "Cek status KJS": amount, next quarterly disbursement, who collects, and why payment stopped. */
final class KjsStatus {

    private static final Set<String> WITHOUT_CARD = Set.of("HILANG", "RUSAK", "BELUM_TERCETAK");

    private final KjsConfig config;
    private final Rounds rounds;
    private final KioskClock clock;
    private final Counters counters;
    private final Entitlement entitlement;

    KjsStatus(KjsConfig config, KioskClock clock, Counters counters, Entitlement entitlement) {
        this.config = config;
        this.rounds = new Rounds(config);
        this.clock = clock;
        this.counters = counters;
        this.entitlement = entitlement;
    }

    static boolean collectedByPendamping(RecipientRecord r) {
        return "ya".equalsIgnoreCase(r.field("pendamping")) || "true".equalsIgnoreCase(r.field("pendamping"));
    }

    StatusReport of(Optional<RecipientRecord> record) {
        if (record.isEmpty()) {
            return StatusReport.notRegistered(Text.of("Anda belum terdaftar sebagai penerima KJS. Gunakan \"Cek "
                    + "kelayakan dan usul KJS\" bila di keluarga Anda ada penyandang disabilitas berat, orang yang "
                    + "sakit menahun, atau lansia terlantar.", "You are not a KJS recipient. Use \"Check eligibility "
                    + "and propose for KJS\" for a family member with a severe disability, a chronic illness, or an "
                    + "elderly person left without care."));
        }
        RecipientRecord r = record.get();
        Optional<Entitlement.Block> block = entitlement.of(r.nik());
        if (block.isPresent()) {
            return blocked(r, block.get());
        }
        LocalDate today = clock.today();
        LocalDate next = rounds.next(today);
        Text day = Text.dateWithDay(next);
        boolean withoutCard = WITHOUT_CARD.contains(String.valueOf(r.field("kartu")).toUpperCase(java.util.Locale.ROOT));
        Text channel = withoutCard
                ? Text.of("Rekening " + config.bank() + " (tanpa kartu: dengan nomor rekening)",
                        config.bank() + " account (without card: with the account number)")
                : Text.of("Rekening "
                        + config.bank() + " dengan kartu KJS", config.bank() + " account with the KJS card");
        return StatusReport.registered(r.period())
                .withAmount(config.amountPerPayment())
                .withRhythm(Text.of("per "
                        + config.paymentEveryMonths() + " bulan (" + Text.rupiah(config.amountPerPayment())
                        + ")", "every " + config.paymentEveryMonths() + " months (" + Text.rupiah(
                        config.amountPerPayment()) + ")"))
                .withChannel(channel)
                .withSchedule(Text.of("Pencairan berikutnya sekitar " + day.id() + " di " + config.bankBranch(),
                        "Next disbursement around " + day.en() + " at " + config.bankBranch()))
                .withNote(note(r, today));
    }

    /** Still on the list, but not paid: the answer says so instead of a bare "Terdaftar". */
    private StatusReport blocked(RecipientRecord r, Entitlement.Block block) {
        boolean stopped = block.kind() == Entitlement.Kind.STOPPED;
        Text schedule = stopped
                ? Text.of("Tidak ada pencairan berikutnya.", "No further disbursement.")
                : Text.of("Pencairan ditahan sampai ada keputusan.", "Disbursement held until a decision is made.");
        return StatusReport.registered(r.period())
                .withSchedule(schedule)
                .withNote(Text.of(block.reason().id()
                + " Bila data ini keliru, hubungi pendamping KJS (TKSK) di kecamatan.", block.reason().en()
                + " If this is wrong, contact the KJS pendamping (TKSK) at the kecamatan office."));
    }

    private Text note(RecipientRecord r, LocalDate today) {
        String round = rounds.funds(today);
        var given = counters.claimed(HandOvers.scope(round), r.nik());
        if (given.isPresent()) {
            Text day = Text.dateWithDay(LocalDate.parse(given.get().details().get("date")));
            return "KELUARGA".equals(given.get().details().get("receiver"))
                    ? Text.of("Dana triwulan " + round + " sudah diserahkan pendamping kepada keluarga Anda pada "
                            + day.id() + ".", "The funds of quarter " + round + " were handed to your family by "
                            + "the pendamping on " + day.en() + ".")
                    : Text.of("Dana triwulan " + round + " sudah diserahkan pendamping kepada Anda pada " + day.id()
                            + ".", "The funds of quarter " + round + " were handed to you by the pendamping on "
                            + day.en() + ".");
        }
        var paid = counters.claimed(Disbursements.scope(round), r.nik());
        if (paid.isPresent()) {
            Text day = Text.dateWithDay(LocalDate.ofInstant(paid.get().at(), clock.zone()));
            return Text.of("Dana triwulan " + round + " sudah dicairkan pendamping di bank pada " + day.id()
                    + " dan akan diserahkan kepada Anda.", "The funds of quarter " + round + " were collected at "
                    + "the bank by the pendamping on " + day.en() + " and will be handed to you.");
        }
        return collectedByPendamping(r)
                ? Text.of("Pendamping KJS (TKSK) mengambil dana di bank untuk Anda dan menyerahkannya kepada Anda "
                        + "atau keluarga.", "The KJS pendamping (TKSK) collects the funds at the bank for you and "
                        + "hands them to you or your family.")
                : Text.of("Datang sendiri ke " + config.bank() + " dengan kartu KJS dan KTP setelah pendamping "
                        + "memberi tahu dana siap.", "Go to " + config.bank() + " yourself with the KJS card and KTP "
                        + "once the pendamping tells you the funds are ready.");
    }
}
