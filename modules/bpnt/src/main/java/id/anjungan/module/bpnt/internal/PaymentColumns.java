package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.platform.RecipientRecord;
import java.util.Locale;
import java.util.Optional;

/**
 * The program columns of an imported BPNT payment list (daftar bayar / SP2D of a tahap): {@code channel} (KKS or
 * POS), {@code tahap} (e.g. 2026-4), {@code cair} (YA once the tahap was credited or paid out, TIDAK before) and
 * {@code nominal} (rupiah of the tahap, when it differs from the calendar's months times the monthly amount).
 */
final class PaymentColumns {

    static final String CHANNEL = "channel";
    static final String TAHAP = "tahap";
    static final String CREDITED = "cair";
    static final String AMOUNT = "nominal";

    private PaymentColumns() {
    }

    static boolean paidAtPostOffice(RecipientRecord r, String defaultChannel) {
        String channel = r.field(CHANNEL) == null || r.field(CHANNEL).isBlank() ? defaultChannel : r.field(CHANNEL);
        return "POS".equalsIgnoreCase(channel.trim());
    }

    static Optional<String> tahap(RecipientRecord r) {
        String t = r.field(TAHAP);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(t.trim());
    }

    /** Whether the list says the tahap was credited; empty when the list does not say. */
    static Optional<Boolean> credited(RecipientRecord r) {
        String c = r.field(CREDITED);
        if (c == null || c.isBlank()) {
            return Optional.empty();
        }
        return switch (c.trim().toUpperCase(Locale.ROOT)) {
            case "YA", "Y", "SUDAH" -> Optional.of(true);
            case "TIDAK", "T", "BELUM" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<Long> amount(RecipientRecord r) {
        String a = r.field(AMOUNT);
        return a == null || !a.trim().matches("\\d{1,9}") ? Optional.empty() : Optional.of(Long.parseLong(a.trim()));
    }
}
