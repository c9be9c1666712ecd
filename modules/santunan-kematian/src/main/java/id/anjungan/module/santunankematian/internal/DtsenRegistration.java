package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.List;
import java.util.Optional;

/**
 * Whether an imported list shows the deceased's household in DTSEN: the deceased is on it, or the heir is on it in
 * the deceased's KK (DTSEN registers households). Absence proves nothing, since the lists the kelurahan imports
 * cover only some programs; the Kasi Kesos then checks SIKS-NG when verifying.
 */
final class DtsenRegistration {

    private final RecipientLists lists;
    private final List<String> programs;

    DtsenRegistration(RecipientLists lists, List<String> programs) {
        this.lists = lists;
        this.programs = List.copyOf(programs);
    }

    Optional<RecipientRecord> evidence(String deceasedNik, String deceasedKk, String heirNik) {
        for (String program : programs) {
            Optional<RecipientRecord> row = find(program, deceasedNik)
                    .or(() -> find(program, heirNik).filter(r -> r.kk() != null && r.kk().equals(deceasedKk)));
            if (row.isPresent()) {
                return row;
            }
        }
        return Optional.empty();
    }

    private Optional<RecipientRecord> find(String program, String nik) {
        return nik == null ? Optional.empty() : lists.find(program, nik);
    }
}
