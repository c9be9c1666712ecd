package id.anjungan.host.cases.control;

import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the subject lives in the kiosk's area. A NIK keeps the region where it was first issued, so someone who
 * moved in keeps a NIK from elsewhere; the family card is issued again at the new address. The kelurahan's own
 * recipient lists are by name and address, so a person on one lives here. In that order: on a list of this kiosk,
 * the KK's region (from the form, else the register or a list), the kelurahan the form asks, and only without any of
 * these the NIK's region.
 */
final class Domicile {

    /** The form field a program asks the resident's kelurahan with; its choices are the area's kelurahan. */
    static final String KELURAHAN_FIELD = "kelurahan";

    private Domicile() {
    }

    static boolean livesIn(String regionCode, FormDefinition form, Map<String, String> data, String nik,
                           ResidentRegistry residents, RecipientLists lists) {
        boolean listed = lists.programsOf(nik).stream()
                .flatMap(program -> lists.find(program, nik).stream())
                .anyMatch(row -> row.kelurahan() != null && !row.kelurahan().isBlank());
        if (listed) {
            return true;
        }
        Optional<String> kk = formKk(form, data).or(() -> residents.find(nik).map(Resident::kk))
                .filter(k -> !k.isBlank());
        if (kk.isPresent()) {
            return kk.get().startsWith(regionCode);
        }
        Optional<FormField> asked = form.fields().stream().filter(f -> KELURAHAN_FIELD.equals(f.name())).findFirst();
        String answer = data.get(KELURAHAN_FIELD);
        if (asked.isPresent() && answer != null && !answer.isBlank()) {
            return asked.get().choices().stream().anyMatch(c -> c.value().equals(answer));
        }
        return nik.startsWith(regionCode);
    }

    private static Optional<String> formKk(FormDefinition form, Map<String, String> data) {
        return form.fields().stream().filter(f -> f.type() == FieldType.KK).map(f -> data.get(f.name()))
                .filter(v -> v != null && !v.isBlank()).findFirst();
    }
}
