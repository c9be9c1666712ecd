package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Reason;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The KJS list and the other lists a person appears in. */
final class Recipients {

    static final String PROGRAM = "KJS";

    private final RecipientLists lists;

    Recipients(RecipientLists lists) {
        this.lists = lists;
    }

    Optional<RecipientRecord> current(String nik) {
        return nik == null ? Optional.empty() : lists.find(PROGRAM, nik);
    }

    /** Programs whose newest list holds the person, plus the central aid they say they receive (BPNT, PKH). */
    Set<String> aidOf(String nik, String declared) {
        Set<String> aid = new HashSet<>(nik == null ? Set.of() : lists.programsOf(nik));
        if (declared != null && Criteria.CENTRAL_AID.contains(declared)) {
            aid.add(declared);
        }
        return aid;
    }

    static Reason notRecipient() {
        return Reason.of("not-kjs", "NIK ini tidak ada di daftar penerima KJS terbaru.",
                "This NIK is not on the newest KJS recipient list.");
    }
}
