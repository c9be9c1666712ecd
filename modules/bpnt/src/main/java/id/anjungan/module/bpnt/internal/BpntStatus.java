package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.Optional;

/** "Cek status BPNT": amount, rhythm, channel and the next distribution day of the KPM's kelurahan. */
final class BpntStatus {

    private final BpntConfig config;
    private final PaymentSchedule schedule;
    private final KioskClock clock;

    BpntStatus(BpntConfig config, PaymentSchedule schedule, KioskClock clock) {
        this.config = config;
        this.schedule = schedule;
        this.clock = clock;
    }

    StatusReport of(Optional<RecipientRecord> record) {
        if (record.isEmpty()) {
            return StatusReport.notRegistered(Text.of("Anda belum terdaftar sebagai KPM BPNT. Anda dapat mengajukan "
                    + "Usul penerima BPNT.", "You are not registered as a BPNT recipient. You can use 'Propose a BPNT "
                    + "recipient'."));
        }
        RecipientRecord r = record.get();
        int months = config.paymentEveryMonths();
        long perPayment = config.amountPerMonth() * months;
        Text rhythm = Text.of(Text.rupiah(config.amountPerMonth()) + " per bulan, dibayar tiap " + months
                + " bulan (" + Text.rupiah(perPayment) + " sekali cair)", Text.rupiah(config.amountPerMonth())
                + " per month, paid every " + months + " months (" + Text.rupiah(perPayment) + " per payment)");
        return new StatusReport(true, r.period(), perPayment, rhythm, channel(r), nextDay(r.kelurahan()), Text.of(
                "Belanjakan di e-Warung. Harga, jumlah dan kualitas harus tepat; bila tidak, gunakan Pengaduan.",
                "Spend it at an e-Warung. Price, amount and quality must be right; if not, file a complaint."));
    }

    private Text channel(RecipientRecord r) {
        String channel = r.field("channel") == null ? config.defaultChannel() : r.field("channel");
        if ("POS".equalsIgnoreCase(channel)) {
            return Text.of(config.postOffice() + ": bawa surat undangan dan KTP",
                    config.postOffice() + ": bring the invitation letter and your KTP");
        }
        return Text.of("Rekening " + config.bank() + " dengan kartu KKS", config.bank() + " account with the KKS card");
    }

    private Text nextDay(String kelurahan) {
        return schedule.next(kelurahan, clock.today()).map(slot -> {
            Text day = Text.dateWithDay(slot.day());
            return Text.of(day.id() + " di " + slot.place(), day.en() + " at " + slot.place());
        }).orElse(Text.of("Jadwal berikutnya belum ditetapkan; tunggu surat undangan atau pesan WhatsApp.",
                "The next date is not set yet; wait for the invitation letter or WhatsApp message."));
    }
}
