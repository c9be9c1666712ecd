package id.anjungan.host.cases.control;

import id.anjungan.spi.Role;
import id.anjungan.spi.Text;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who took a case's step, in words: the history stores "Bu Rina (TKSK)" (the audit's form), staff read "Bu Rina —
 * Petugas TKSK (petugas sosial kecamatan)", and the resident acting alone reads "Warga", never "RESIDENT".
 */
final class ActorWords {

    private static final Map<Role, Text> WORDS = new EnumMap<>(Map.of(
            Role.RESIDENT, Text.of("Warga", "Resident"),
            Role.PSM, Text.of("PSM (pendamping warga)", "PSM (community volunteer)"),
            Role.TKSK, Text.of("Petugas TKSK (petugas sosial kecamatan)", "TKSK (sub-district social worker)"),
            Role.KASI_KESOS, Text.of("Kasi Kesos (kepala seksi kesejahteraan sosial)", "Head of the social welfare section"),
            Role.CAMAT, Text.of("Camat", "Sub-district head"),
            Role.DINSOS, Text.of("Dinas Sosial", "Social affairs office"),
            Role.ADMIN, Text.of("Admin anjungan", "Kiosk administrator")));

    private static final Pattern ACTOR = Pattern.compile("^(.*?) \\((" + String.join("|",
            WORDS.keySet().stream().map(Role::name).toList()) + ")\\)(.*)$", Pattern.DOTALL);

    private ActorWords() {
    }

    /** The stored actor with its role named in words in the language; text in another form is left as it is. */
    static String of(String actor, String lang) {
        if (actor == null) {
            return null;
        }
        Matcher m = ACTOR.matcher(actor);
        if (!m.matches()) {
            return actor;
        }
        String role = WORDS.get(Role.valueOf(m.group(2))).in(lang);
        String rest = lang.startsWith("en") ? m.group(3).replace(" untuk ", " for ") : m.group(3);
        String who = m.group(1).equalsIgnoreCase(role) || "Warga".equals(m.group(1)) ? role : m.group(1) + " — " + role;
        return who + rest;
    }
}
