package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.Optional;

/**
 * "Cek status BPNT" as paid in Semarang since 2023 (000:L4764-4768, L4873-4878): cash per tahap, credited to a BNI
 * account used with the KKS, or paid out by the post office on a day and at a place.
 */
final class BpntStatus {

    private final BpntConfig config;
    private final TahapCalendar calendar;
    private final PostOfficePayouts payouts;
    private final KioskClock clock;

    BpntStatus(BpntConfig config, TahapCalendar calendar, PostOfficePayouts payouts, KioskClock clock) {
        this.config = config;
        this.calendar = calendar;
        this.payouts = payouts;
        this.clock = clock;
    }

    StatusReport of(Optional<RecipientRecord> record) {
        if (record.isEmpty()) {
            return StatusReport.notRegistered(Text.of("Anda belum terdaftar sebagai penerima BPNT. Anda dapat "
                    + "mengajukan Usul penerima BPNT.", "You are not registered for BPNT. You can use 'Propose a "
                    + "BPNT recipient'."));
        }
        RecipientRecord r = record.get();
        Optional<String> listed = PaymentColumns.tahap(r);
        // a tahap the list names but the calendar lacks is shown as named, never as the calendar's current one
        Optional<TahapCalendar.Tahap> tahap = listed.isPresent() ? calendar.byId(listed.get())
                : calendar.covering(clock.today());
        int months = tahap.map(TahapCalendar.Tahap::months).orElse(3);
        long perTahap = PaymentColumns.amount(r).orElse(config.amountPerMonth() * months);
        Text rhythm = Text.of(Text.rupiah(config.amountPerMonth()) + " per bulan, dibayar per tahap " + months
                + " bulan (" + Text.rupiah(perTahap) + " setiap pencairan)", Text.rupiah(config.amountPerMonth())
                + " per month, paid per stage of " + months + " months (" + Text.rupiah(perTahap) + " per payment)");
        boolean post = PaymentColumns.paidAtPostOffice(r, config.defaultChannel());
        Text which = tahap.map(TahapCalendar.Tahap::label).orElse(listed.map(id -> Text.of("Tahap " + id,
                "Stage " + id)).orElse(Text.of("Tahap berjalan", "The current stage")));
        return StatusReport.registered(r.period())
                .withAmount(perTahap)
                .withRhythm(rhythm)
                .withChannel(channel(post))
                .withSchedule(tahapView(r, which, post))
                .withNote(note(post));
    }

    private Text channel(boolean post) {
        if (post) {
            return Text.of("Uang tunai melalui " + config.postOffice() + ": bawa surat undangan, KTP dan KK",
                    "Cash through " + config.postOffice() + ": bring the invitation letter, your KTP and KK");
        }
        return Text.of("Uang tunai melalui rekening " + config.bank() + "; diambil dengan KKS (Kartu Keluarga "
                + "Sejahtera) di ATM atau agen " + config.bank(), "Cash through a " + config.bank() + " account; "
                + "withdrawn with the KKS (family welfare card) at a " + config.bank() + " ATM or agent");
    }

    private Text tahapView(RecipientRecord r, Text which, boolean post) {
        Optional<Boolean> credited = PaymentColumns.credited(r);
        if (post) {
            if (credited.orElse(false)) {
                return Text.of(which.id() + ": sudah dibayarkan oleh Kantor Pos.",
                        which.en() + ": already paid out by the post office.");
            }
            return payouts.next(r.kelurahan(), clock.today()).map(slot -> {
                Text day = Text.dateWithDay(slot.day());
                return Text.of(which.id() + ": diambil " + day.id() + " di " + slot.place() + ".",
                        which.en() + ": collect on " + day.en() + " at " + slot.place() + ".");
            }).orElse(Text.of(which.id() + ": jadwal pengambilan di Kantor Pos belum ditetapkan; tunggu surat "
                    + "undangan atau pesan WhatsApp.", which.en() + ": the post office has not set the collection "
                    + "day yet; wait for the invitation letter or WhatsApp message."));
        }
        return credited.map(yes -> yes
                ? Text.of(which.id() + ": sudah masuk ke rekening " + config.bank() + " Anda.",
                        which.en() + ": credited to your " + config.bank() + " account.")
                : Text.of(which.id() + ": belum masuk ke rekening. Dana masuk bertahap; bila tetangga sudah "
                        + "menerima dan Anda belum, laporkan melalui Masalah KKS atau pencairan.", which.en()
                        + ": not credited yet. Payments arrive in batches; if neighbours have received theirs and "
                        + "you have not, report it under 'KKS or payment problem'."))
                .orElse(Text.of(which.id() + ": daftar ini belum mencatat apakah dana sudah masuk. Cek saldo di ATM "
                        + "atau agen " + config.bank() + ".", which.en() + ": this list does not say whether the "
                        + "money was credited. Check the balance at a " + config.bank() + " ATM or agent."));
    }

    private static Text note(boolean post) {
        if (post) {
            return Text.of("Bantuan berupa uang tunai untuk kebutuhan pokok keluarga. Bila Anda sakit atau lanjut "
                    + "usia, bantuan dapat diantar ke rumah atau diambil anggota keluarga dalam satu KK.",
                    "The aid is cash for the family's basic needs. If you are sick or elderly, it can be brought "
                            + "to your home or collected by a family member on your KK.");
        }
        return Text.of("Bantuan berupa uang tunai untuk kebutuhan pokok keluarga. KKS dan PIN hanya dipegang "
                + "penerima atau keluarga dalam satu KK. Bila KKS dipegang orang lain atau ada potongan, gunakan "
                + "Pengaduan.", "The aid is cash for the family's basic needs. Only you or your family on the KK "
                + "keep the KKS and PIN. If someone else holds your KKS or takes a cut, file a complaint.");
    }
}
