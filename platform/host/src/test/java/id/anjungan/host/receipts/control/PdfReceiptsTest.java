package id.anjungan.host.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfReceiptsTest {

    private final PdfReceipts receipts = new PdfReceipts();

    /** Every form of tracking number, the kiosk's longest (26 characters) too, is printed whole and as QR code. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"BPNT-2611-000042-7, A6", "BPNT-2612-4839-2071-6, ROLL_58MM",
            "BPNT-2612-0042-4839-2071-8, A6", "BPNT-2612-0042-4839-2071-8, ROLL_58MM",
            "JUMATKOIN-2612-9999-4839-2071-0, ROLL_58MM"})
    void everyFormOfNumberIsPrintedWholeAndAsQr(String tracking, PaperFormat format) throws Exception {
        byte[] pdf = receipts.render(SampleReceipts.lostKksCard(tracking), format);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(tracking), "on one line:\n" + text);
        }
        assertEquals(tracking, Pictures.decodeQr(Pictures.render(pdf, 0, 200, "receipt-" + tracking)));
    }

    @Test
    void a6ReceiptIsAnA6PageWithTheNumberAsTextAndQr() throws Exception {
        byte[] pdf = receipts.render(SampleReceipts.lostKksCard(), PaperFormat.A6);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertEquals(105.0, toMm(page.getWidth()), 0.1);
            assertEquals(148.0, toMm(page.getHeight()), 0.1);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(SampleReceipts.TRACKING), text);
            assertTrue(text.contains("Surat keterangan kehilangan"), text);
            assertTrue(text.contains("Kelurahan Miroto"), text);
            assertTrue(text.contains("3374••••••••0003"), "the bullet of the masked NIK survives:\n" + text);
            assertTrue(text.contains("26 November 2026, 10.42 WIB"), text);
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
        BufferedImage image = Pictures.render(pdf, 0, 200, "receipt-a6");
        assertEquals(SampleReceipts.TRACKING, Pictures.decodeQr(image));
    }

    @Test
    void rollReceiptIs58mmWideAndAsLongAsItsContent() throws Exception {
        byte[] pdf = receipts.render(SampleReceipts.lostKksCard(), PaperFormat.ROLL_58MM);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertEquals(58.0, toMm(page.getWidth()), 0.1);
            assertTrue(toMm(page.getHeight()) > 120 && toMm(page.getHeight()) < 400, "length " + toMm(page.getHeight()));
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(SampleReceipts.TRACKING), text);
            assertTrue(text.contains("Surat keterangan kehilangan"), text);
            assertTrue(text.contains("Polsek Semarang Tengah"), text);
        }
        BufferedImage image = Pictures.render(pdf, 0, 200, "receipt-roll58");
        assertEquals(SampleReceipts.TRACKING, Pictures.decodeQr(image));
    }

    @Test
    void receiptWithoutNikOrChecklistWrapsItsLongTitle() throws Exception {
        Receipt receipt = SampleReceipts.withoutNik();
        for (PaperFormat format : PaperFormat.values()) {
            byte[] pdf = receipts.render(receipt, format);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("REHAB-2611-000007-3"), text);
                assertTrue(text.replaceAll("\\s+", " ").contains("depan pasar"), text);
                assertTrue(!text.contains("NIK"), text);
            }
            BufferedImage image = Pictures.render(pdf, 0, 150, "receipt-no-nik-" + format.name().toLowerCase());
            assertEquals("REHAB-2611-000007-3", Pictures.decodeQr(image));
        }
    }

    /** However long the checklist, a page never ends on a heading whose items follow on the next page. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 5, 7, 9, 12})
    void a6PageNeverEndsOnALoneHeading(int items) throws Exception {
        Receipt base = SampleReceipts.lostKksCard();
        List<Receipt.ChecklistItem> checklist = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            checklist.add(Receipt.ChecklistItem.of("Dokumen nomor " + i + " (asli dan fotokopi)", "Kantor Kelurahan Miroto"));
        }
        Receipt receipt = new Receipt(base.kelurahan(), base.kecamatan(), base.program(), base.service(),
                base.trackingNumber(), base.submittedAt(), base.state(), base.maskedNik(), checklist,
                base.nextSteps(), base.statusHint());
        try (PDDocument doc = Loader.loadPDF(receipts.render(receipt, PaperFormat.A6))) {
            if (items <= 3) {
                assertEquals(1, doc.getNumberOfPages(), "a usual receipt is one sheet");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            java.util.Set<String> headings = Set.of(ReceiptHeadings.CHECKLIST.id(), ReceiptHeadings.CHECKLIST.en(),
                    ReceiptHeadings.NEXT_STEPS.id(), ReceiptHeadings.NEXT_STEPS.en(), ReceiptHeadings.TRACKING.id());
            for (int page = 1; page < doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                String last = lines.get(lines.size() - 1);
                assertTrue(!headings.contains(last), "page " + page + " of " + items + " items ends on its heading: " + lines);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(doc.getNumberOfPages());
            String all = stripper.getText(doc);
            for (int i = 1; i <= items; i++) {
                assertTrue(all.contains("Dokumen nomor " + i + " "), "item " + i + " is printed");
            }
        }
    }

    private static double toMm(float points) {
        return points / 72.0 * 25.4;
    }
}
