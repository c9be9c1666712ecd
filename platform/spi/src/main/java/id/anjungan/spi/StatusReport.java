package id.anjungan.spi;

/**
 * What a resident learns from "Cek status bantuan" for one program.
 *
 * @param registered listed as a recipient in the current list
 * @param period list period, e.g. {@code "2026-11"} or {@code "2026-Q4"}
 * @param amount amount in rupiah per payment; {@code null} when not applicable
 * @param rhythm what the amount is for, e.g. "per bulan, dibayar tiap 2 bulan"
 * @param channel how it is paid or collected
 * @param schedule next date and place
 * @param note anything else the resident should know
 */
public record StatusReport(boolean registered, String period, Long amount, Text rhythm, Text channel, Text schedule,
                           Text note) {

    public static StatusReport notRegistered(Text note) {
        return new StatusReport(false, null, null, null, null, null, note);
    }
}
