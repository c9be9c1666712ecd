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

    /**
     * Listed in the list of {@code period}; add what the resident should know with the {@code with…} methods, e.g.
     * {@code StatusReport.registered("2026-11").withAmount(200_000L).withChannel(channel)}.
     *
     * @since 1.3
     */
    public static StatusReport registered(String period) {
        return new StatusReport(true, period, null, null, null, null, null);
    }

    /** @since 1.3 */
    public StatusReport withAmount(Long rupiah) {
        return new StatusReport(registered, period, rupiah, rhythm, channel, schedule, note);
    }

    /** @since 1.3 */
    public StatusReport withRhythm(Text text) {
        return new StatusReport(registered, period, amount, text, channel, schedule, note);
    }

    /** @since 1.3 */
    public StatusReport withChannel(Text text) {
        return new StatusReport(registered, period, amount, rhythm, text, schedule, note);
    }

    /** @since 1.3 */
    public StatusReport withSchedule(Text text) {
        return new StatusReport(registered, period, amount, rhythm, channel, text, note);
    }

    /** @since 1.3 */
    public StatusReport withNote(Text text) {
        return new StatusReport(registered, period, amount, rhythm, channel, schedule, text);
    }
}
