package id.anjungan.host.receipts.control;

/** The fixed headings every receipt carries, the same on paper and on the roll printer. */
public final class ReceiptHeadings {

    public static final Label RECEIPT = new Label("TANDA TERIMA", "Receipt");
    public static final Label TRACKING = new Label("Nomor tanda terima", "Tracking number");
    public static final Label CHECKLIST = new Label("Dokumen yang perlu dibawa", "Documents to bring");
    public static final Label NEXT_STEPS = new Label("Langkah berikutnya", "Next steps");
    public static final Label KEEP = new Label("Simpan tanda terima ini.", "Keep this receipt.");

    public static final String PROGRAM = "Program";
    public static final String SERVICE = "Layanan";
    public static final String DATE = "Tanggal";
    public static final String NIK = "NIK";
    public static final String STATE = "Status";
    public static final String KECAMATAN = "Kecamatan";
    public static final String KELURAHAN = "Kelurahan";

    private ReceiptHeadings() {
    }
}
