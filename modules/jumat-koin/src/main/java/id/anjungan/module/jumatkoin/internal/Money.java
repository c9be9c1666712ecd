package id.anjungan.module.jumatkoin.internal;

/** Rupiah as residents read it: {@code Rp1.250.000}. */
final class Money {

    private Money() {
    }

    static String format(long rupiah) {
        String digits = String.format(java.util.Locale.ROOT, "%,d", Math.abs(rupiah)).replace(',', '.');
        return (rupiah < 0 ? "-Rp" : "Rp") + digits;
    }
}
