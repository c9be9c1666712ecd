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

    boolean receivesKjs(String nik) {
        return nik != null && lists.programsOf(nik).contains(EXCLUSIVE);
    }

    static Reason notKpm() {
        return Reason.of("not-kpm", "NIK ini tidak ada di daftar KPM BPNT terbaru. Bila merasa berhak, ajukan "
                + "Usul penerima BPNT.", "This NIK is not on the newest BPNT recipient list. If you believe you "
                + "qualify, use 'Propose a BPNT recipient'.");
    }

    static Reason registeredForKjs() {
        return Reason.of("registered-kjs", "Anda terdaftar sebagai penerima KJS (Kartu Jateng Sejahtera). Penerima KJS "
                + "tidak dapat sekaligus menerima BPNT.", "You are registered for KJS (Kartu Jateng Sejahtera). A KJS "
                + "recipient cannot also receive BPNT.");
    }
}
