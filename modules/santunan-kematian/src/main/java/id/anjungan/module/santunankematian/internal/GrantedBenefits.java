package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Reason;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Santunan Kematian lists Dinas Sosial sends (one row per heir, the deceased in {@code nik_almarhum}): a deceased
 * on any period's list was granted the benefit already, paid or awaiting transfer, so no second claim can start.
 */
final class GrantedBenefits {

    private final RecipientLists lists;
    private final ResidentRegistry residents;

    GrantedBenefits(RecipientLists lists, ResidentRegistry residents) {
        this.lists = lists;
        this.residents = residents;
    }

    Optional<RecipientRecord> grantFor(String deceasedNik) {
        return lists.periods(SantunanDescriptor.CODE).stream()
                .flatMap(period -> lists.list(SantunanDescriptor.CODE, period).stream())
                .filter(r -> deceasedNik.equals(strip(r.field("nik_almarhum"))))
                .findFirst();
    }

    Optional<Reason> refusal(String deceasedNik) {
        return grantFor(deceasedNik).map(this::reason);
    }

    private Reason reason(RecipientRecord grant) {
        String heir = residents.mask(grant.nik());
        Optional<LocalDate> paid = Formats.day(grant.field("tanggal_bayar"));
        String id = paid.map(d -> "sudah dibayarkan pada " + Text.date(d).id())
                .orElse("sudah disetujui dan menunggu transfer");
        String en = paid.map(d -> "was already paid on " + Text.date(d).en())
                .orElse("was already approved and awaits the transfer");
        return Reason.of("already-paid",
                "Menurut daftar santunan kematian dari Dinas Sosial (periode " + grant.period() + "), santunan untuk "
                        + "almarhum/almarhumah ini " + id + " kepada ahli waris NIK " + heir + ". Satu almarhum/"
                        + "almarhumah hanya mendapat satu santunan. Bila ada kekeliruan, tanyakan ke Kasi Kesos.",
                "According to Dinas Sosial's death benefit list (period " + grant.period() + "), the benefit for this "
                        + "deceased person " + en + " to the heir with NIK " + heir + ". Only one benefit is paid "
                        + "per deceased person. If this is a mistake, ask the Kasi Kesos.");
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
