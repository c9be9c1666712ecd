package id.anjungan.host.recipients.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.problem.Problem;
import java.util.Locale;

/**
 * Where a recipient list comes from, which tells staff what it proves: a DTSEN extract says who is registered and
 * proposed, an SP2D payment list who was actually paid for a tahap (review item 7, 003:186-187: a zero balance on the
 * SP2D and one cleansed from DTSEN go different ways), anything else is only what its sender says.
 */
public enum ListSource {
    DTSEN, SP2D, OTHER;

    /** The source an import names, or the program's default when it names none; 422 for anything else. */
    public static ListSource of(String named, String program) {
        if (named == null || named.isBlank()) {
            return defaultFor(program);
        }
        try {
            return valueOf(named.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.of(422, "unknown-source", "Sumber daftar tidak dikenal", "Unknown list source",
                    "Pilih sumber daftar: DTSEN, SP2D (daftar bayar) atau OTHER (lainnya).",
                    "Choose the list's source: DTSEN, SP2D (payment list) or OTHER.");
        }
    }

    /** A program's default source: per program, else for every list, else DTSEN, which most lists are drawn from. */
    public static ListSource defaultFor(String program) {
        String configured = Settings.value(Setting.LISTS_SOURCE, program);
        try {
            return valueOf(configured.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DTSEN; // a mistyped setting must not stop every import; the import answer shows the source used
        }
    }
}
