package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.LocalDate;
import java.util.Optional;

/**
 * "Cek status bantuan" for the heir: the yearly list of granted benefits is keyed by the heir's NIK, with columns
 * {@code nik_almarhum, tanggal_meninggal, jumlah, tanggal_bayar, bank}.
 */
final class BenefitStatus {

    private final ResidentRegistry residents;
    private final String decider;

    BenefitStatus(ResidentRegistry residents, String decider) {
        this.residents = residents;
        this.decider = decider;
    }

    StatusReport of(Optional<RecipientRecord> record) {
        if (record.isEmpty()) {
            return StatusReport.notRegistered(Text.of(
                    "Belum ada santunan kematian yang dicatat atas NIK Anda. Pengajuan yang sedang berjalan "
                            + "dapat dicek "
                            + "dengan nomor tanda terima di layanan \"Cek perkembangan pengajuan santunan kematian\".",
                    "No death benefit is recorded for your NIK. An application in progress can be checked with its "
                            + "receipt number under \"Check a death benefit application\"."));
        }
        RecipientRecord r = record.get();
        Long amount = number(r.field("jumlah"));
        String bank = Optional.ofNullable(r.field("bank")).orElse("");
        Optional<LocalDate> paid = Formats.day(r.field("tanggal_bayar"));
        Text schedule = paid.map(d -> Text.of("Sudah dibayarkan " + Text.date(d).id(), "Paid on " + Text.date(d).en()))
                .orElseGet(() -> Text.of("Disetujui, menunggu transfer dari " + decider,
                        "Approved, awaiting the transfer from " + decider));
        String deceased = residents.mask(r.field("nik_almarhum"));
        return StatusReport.registered(r.period())
                .withAmount(amount)
                .withRhythm(Text.of("Satu kali untuk satu almarhum/almarhumah", "Once per deceased person"))
                .withChannel(Text.of("Transfer ke rekening "
                        + bank + " ahli waris", "Transfer to the heir's " + bank + " account"))
                .withSchedule(schedule)
                .withNote(deceased == null ? null : Text.of("Untuk almarhum/almarhumah NIK " + deceased,
                        "For the deceased with NIK " + deceased));
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
