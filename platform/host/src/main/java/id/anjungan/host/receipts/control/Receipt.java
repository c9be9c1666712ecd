package id.anjungan.host.receipts.control;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a resident takes home after a submission. Every text is passed in already written for the resident (Bahasa
 * Indonesia); the renderers add only the fixed bilingual headings of {@link ReceiptHeadings}.
 *
 * @param kelurahan      name of the kelurahan where the kiosk stands, e.g. "Miroto"
 * @param kecamatan      e.g. "Semarang Tengah"
 * @param program        program name, e.g. "BPNT (Bantuan Pangan Non Tunai)"
 * @param service        service title, e.g. "Laporan kartu KKS hilang"
 * @param trackingNumber e.g. {@code BPNT-2612-4839-2071-6}; printed as text and as QR code
 * @param submittedAt    printed with its zone (WIB, WITA, WIT)
 * @param state          current state label, e.g. "Diajukan"
 * @param maskedNik      already masked ({@code 3374••••••••0003}); null when the subject has no NIK
 * @param checklist      documents to bring, possibly empty
 * @param nextSteps      where to go next; may hold several lines separated by {@code \n}
 * @param statusHint     how to check the status, e.g. "Cek di anjungan: menu Cek perkembangan pengajuan"
 */
public record Receipt(String kelurahan, String kecamatan, String program, String service, String trackingNumber,
        ZonedDateTime submittedAt, String state, String maskedNik, List<ChecklistItem> checklist, String nextSteps,
        String statusHint) {

    public Receipt {
        Objects.requireNonNull(kelurahan, "kelurahan");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (trackingNumber.isBlank()) {
            throw new IllegalArgumentException("trackingNumber is blank");
        }
        if (maskedNik != null && maskedNik.chars().filter(Character::isDigit).count() > 8) {
            // a receipt leaves the office in a pocket: never print a full NIK
            throw new IllegalArgumentException("maskedNik must be masked");
        }
        kecamatan = blankToNull(kecamatan);
        program = blankToNull(program);
        state = blankToNull(state);
        maskedNik = blankToNull(maskedNik);
        nextSteps = blankToNull(nextSteps);
        statusHint = blankToNull(statusHint);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /**
     * One document to bring.
     *
     * @param label the document, e.g. "Surat keterangan kehilangan"
     * @param where where to get it or hand it in, e.g. "Kantor Kelurahan Miroto"; null when obvious
     */
    public record ChecklistItem(String label, String where) {

        public ChecklistItem {
            Objects.requireNonNull(label, "label");
            where = blankToNull(where);
        }

        public static ChecklistItem of(String label) {
            return new ChecklistItem(label, null);
        }

        public static ChecklistItem of(String label, String where) {
            return new ChecklistItem(label, where);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
