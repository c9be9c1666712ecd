package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Reason;
import id.anjungan.spi.Submission;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.Optional;

/** Who is a KPM, was one, or already receives the program BPNT excludes. */
final class KpmLookup {

    static final String PROGRAM = "BPNT";
    static final String EXCLUSIVE = "KJS";

    private final RecipientLists lists;

    KpmLookup(RecipientLists lists) {
        this.lists = lists;
    }

    /** The NIK the case is about: the platform's subject, else the form's {@code nik}. */
    static String subject(Submission s) {
        return s.subjectNik() != null ? s.subjectNik() : s.get("nik");
    }

    Optional<RecipientRecord> current(String nik) {
        return nik == null ? Optional.empty() : lists.find(PROGRAM, nik);
    }

    /** Listed in any period, including one the KPM was since cleansed from. */
    boolean everListed(String nik) {
        return nik != null && lists.periods(PROGRAM).stream().anyMatch(p -> lists.find(PROGRAM, p, nik).isPresent());
    }

    /**
     * The person's row on the payment list (SP2D / daftar bayar) of one tahap: the imported period whose rows carry
     * that tahap. Empty when no imported list is that tahap's; an empty row when the list is there without them.
     */
    Optional<Optional<RecipientRecord>> onPaymentList(String tahap, String nik) {
        for (String period : lists.periods(PROGRAM)) {
            Optional<RecipientRecord> own = lists.find(PROGRAM, period, nik);
            if (own.isPresent() && own.flatMap(PaymentColumns::tahap).filter(tahap::equalsIgnoreCase).isPresent()) {
                return Optional.of(own);
            }
        }
        // not on any list of that tahap: whether such a list exists decides between cleansed and unknown
        for (String period : lists.periods(PROGRAM)) {
            if (lists.list(PROGRAM, period).stream().limit(1).flatMap(r -> PaymentColumns.tahap(r).stream())
                    .anyMatch(tahap::equalsIgnoreCase)) {
                return Optional.of(Optional.empty());
            }
        }
        return Optional.empty();
    }

    boolean receivesKjs(String nik) {
        return nik != null && lists.programsOf(nik).contains(EXCLUSIVE);
    }

    static Reason notKpm() {
        return Reason.of("not-kpm", "NIK ini tidak ada di daftar penerima BPNT terbaru. Bila merasa berhak, "
                + "ajukan Usul penerima BPNT.", "This NIK is not on the newest BPNT recipient list. If you believe you "
                + "qualify, use 'Propose a BPNT recipient'.");
    }

    static Reason registeredForKjs() {
        return Reason.of("registered-kjs", "Anda terdaftar sebagai penerima KJS (Kartu Jateng Sejahtera). Penerima KJS "
                + "tidak dapat sekaligus menerima BPNT.", "You are registered for KJS (Kartu Jateng Sejahtera). A KJS "
                + "recipient cannot also receive BPNT.");
    }
}
