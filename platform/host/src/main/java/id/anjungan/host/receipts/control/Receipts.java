package id.anjungan.host.receipts.control;

import jakarta.enterprise.context.ApplicationScoped;

/** What the rest of the host calls: a receipt as PDF to download or show, or printed on the kiosk's printer. */
@ApplicationScoped
public class Receipts {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Receipts.class.getName());

    private final PdfReceipts pdf = new PdfReceipts();
    private final EscPosReceipts escPos = new EscPosReceipts();

    public byte[] pdf(Receipt receipt, PaperFormat format) {
        return pdf.render(receipt, format);
    }

    /** The receipt's pages as one PNG, for the kiosk's own viewer. */
    public byte[] png(Receipt receipt, PaperFormat format) {
        return ReceiptImages.png(pdf.render(receipt, format));
    }

    /** The tracking number's QR code (as printed) as SVG, for the receipt screen. */
    public String qrSvg(String trackingNumber) {
        return ReceiptImages.qrSvg(trackingNumber);
    }

    public byte[] escPos(Receipt receipt) {
        return escPos.render(receipt);
    }

    /**
     * Prints on the configured receipt printer.
     *
     * @throws id.anjungan.host.problem.Problem 409 when no printer is configured, 503 when it cannot be reached
     */
    public void print(Receipt receipt) {
        try {
            ReceiptPrinter printer = ReceiptPrinter.configured();
            printer.print(escPos.render(receipt));
        } catch (id.anjungan.host.problem.Problem problem) {
            // the resident reads plain words; what is wrong (the setting, the device) is for the officer's log
            if (problem.getCause() != null) {
                LOG.warning(() -> "receipt not printed: " + problem.getCause().getMessage());
            }
            throw problem;
        }
    }
}
