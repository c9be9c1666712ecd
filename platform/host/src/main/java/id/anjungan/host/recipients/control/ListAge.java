package id.anjungan.host.recipients.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Whether a recipient list is older than its refresh cycle. Under DTSEN (Inpres 4/2025) Kemensos and BPS update the
 * data every three months and recipients may change from one quarter to the next, so a list imported more than a
 * quarter ago may no longer say who receives aid; a program whose lists follow another rhythm sets its own cycle.
 */
public final class ListAge {

    private ListAge() {
    }

    /** Days after its import that a program's list is due for replacement: per program, else for every list. */
    public static int refreshDays(String program) {
        return Integer.parseInt(Settings.value(Setting.LISTS_REFRESH_DAYS, program));
    }

    /** Adds {@code listDate} (the import day), {@code listSource} and {@code listStale} to a program's status answer. */
    public static void describe(Map<String, Object> result, StoredRecipientLists.NewestList list, int refreshDays,
                                LocalDate today, ZoneId zone) {
        LocalDate imported = list.imported().atZone(zone).toLocalDate();
        result.put("listDate", imported.toString());
        result.put("listSource", list.source());
        result.put("listStale", imported.plusDays(refreshDays).isBefore(today));
    }
}
