package id.anjungan.module.cpp.internal;

import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * "Cek jadwal dan daftar CPP": whether the household is on the newest distribution's list, and when, where and how
 * many kg. A list imported by an admin before its event was created carries {@code tanggal, tempat, kg} columns.
 */
final class DistributionStatus {

    private final Events events;
    private final Counters counters;
    private final KioskClock clock;
    private final CppConfig config;

    DistributionStatus(Events events, Counters counters, KioskClock clock, CppConfig config) {
        this.events = events;
        this.counters = counters;
        this.clock = clock;
        this.config = config;
    }

    StatusReport of(Optional<RecipientRecord> record) {
        if (record.isEmpty()) {
            return StatusReport.notRegistered(Text.of("Rumah tangga Anda tidak ada dalam daftar pembagian CPP terbaru. "
                    + "Tanyakan ke " + config.contact() + ".", "Your household is not on the newest CPP distribution "
                    + "list. Ask the PSM or the Kasi Kesos at the kelurahan office."));
        }
        RecipientRecord r = record.get();
        if (Households.reserve(r) || r.field(Households.REPLACED) != null) {
            return StatusReport.notRegistered(r.field(Households.REPLACED) != null
                    ? Text.of("Nama ini sudah diganti sebagai PBP pada pembagian CPP terbaru. Tanyakan ke "
                            + config.contact() + ".", "This name was replaced as PBP at the newest CPP distribution. "
                            + "Ask the PSM or the Kasi Kesos at the kelurahan office.")
                    : Text.of("Rumah tangga Anda ada dalam daftar cadangan CPP: Anda dihubungi bila menggantikan "
                            + "PBP. Tanyakan ke " + config.contact() + ".", "Your household is on the CPP reserve "
                            + "list: you are contacted if you replace a PBP. Ask the PSM or the Kasi Kesos."));
        }
        Optional<DistributionEvent> event = events.find(r.period()).or(() -> fromRow(r));
        int kg = event.map(e -> Households.kgFor(r, e)).orElse(config.defaultKgPerHousehold());
        Text rhythm = Text.of(kg + " kg beras per rumah tangga (PBP), sekali setiap pembagian",
                kg + " kg of rice per household (PBP), once per distribution");
        Text channel = Text.of("Diambil sendiri, oleh anggota keluarga dalam KK yang sama, atau oleh orang lain "
                        + "dengan surat kuasa; bawa " + config.bringId(),
                "Collect it yourself, or send a member of your family card or someone with your letter of "
                        + "authority (surat kuasa); bring " + config.bringEn());
        Text schedule = event.map(e -> {
            Text day = Text.dateWithDay(e.date());
            return Text.of(day.id() + " di " + e.place(), day.en() + " at " + e.place());
        }).orElse(Text.of("Jadwal belum ditetapkan", "Not scheduled yet"));
        return StatusReport.registered(r.period())
                .withRhythm(rhythm)
                .withChannel(channel)
                .withSchedule(schedule)
                .withNote(note(r, event));
    }

    private Text note(RecipientRecord r, Optional<DistributionEvent> event) {
        var claim = counters.claimed("CPP|" + r.period(), r.kk());
        if (claim.isPresent()) {
            Text when = Text.moment(claim.get().at(), clock.zone());
            return Text.of("Jatah rumah tangga Anda sudah diambil pada " + when.id() + ".",
                    "Your household's share was collected on " + when.en() + ".");
        }
        if (event.isPresent() && event.get().date().isBefore(clock.today())) {
            return Text.of("Tanggal pembagian sudah berlalu dan jatah belum diambil. Tanyakan ke "
                    + config.contact() + ".",
                    "The distribution date has passed and the share was not collected. Ask the PSM or the Kasi Kesos.");
        }
        return Text.of("Belum diambil.", "Not collected yet.");
    }

    private Optional<DistributionEvent> fromRow(RecipientRecord r) {
        try {
            String date = r.field("tanggal");
            String place = r.field("tempat");
            return date == null || place == null ? Optional.empty() : Optional.of(new DistributionEvent(r.period(),
                    LocalDate.parse(date.strip()), place.strip(), config.defaultKgPerHousehold()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
