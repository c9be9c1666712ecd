package id.anjungan.host.receipts.control;

import static id.anjungan.host.receipts.control.Units.mm;

import id.anjungan.host.receipts.control.Blocks.Align;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders a {@link Receipt} as a PDF for an A6 sheet or a 58 mm thermal roll: kelurahan, service, date, tracking
 * number as large text and as QR code, the documents to bring and where to go next. Thread-safe and stateless.
 */
public final class PdfReceipts {

    public byte[] render(Receipt receipt, PaperFormat format) {
        try (PDDocument doc = new PDDocument()) {
            describe(doc, receipt);
            Typeface type = Typeface.load(doc);
            Layout layout = format.isRoll() ? Layout.ROLL : Layout.A6;
            List<Block> blocks = blocks(receipt, type, layout);
            float width = mm(format.widthMm());
            float height = format.isRoll() ? rollLength(blocks, width - 2 * layout.side, layout) : mm(format.heightMm());
            try (PageFlow flow = new PageFlow(doc, new PDRectangle(width, height), layout.side, layout.top,
                    layout.bottom)) {
                blocks.forEach(flow::add);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float rollLength(List<Block> blocks, float width, Layout layout) {
        float h = layout.top + layout.bottom;
        for (Block b : blocks) {
            h += b.height(width);
        }
        return (float) Math.ceil(h);
    }

    private static void describe(PDDocument doc, Receipt receipt) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(ReceiptHeadings.RECEIPT.id() + " " + receipt.trackingNumber());
        info.setSubject(receipt.service());
        info.setCreator("Anjungan");
        info.setCreationDate(GregorianCalendar.from(receipt.submittedAt()));
    }

    /** Sizes per paper: the roll is read at arm's length like the sheet, so its text is barely smaller. */
    private enum Layout {
        A6(mm(7), mm(6), mm(6), 12f, 8.5f, 17f, mm(29)),
        ROLL(mm(4), mm(3), mm(10), 11f, 8f, 16f, mm(34));

        final float side;
        final float top;
        final float bottom;
        final float title;
        final float body;
        final float number;
        final float qr;

        Layout(float side, float top, float bottom, float title, float body, float number, float qr) {
            this.side = side;
            this.top = top;
            this.bottom = bottom;
            this.title = title;
            this.body = body;
            this.number = number;
            this.qr = qr;
        }
    }

    private static List<Block> blocks(Receipt r, Typeface type, Layout layout) {
        float body = layout.body;
        List<Block> blocks = new ArrayList<>();
        blocks.add(Blocks.text(type, type.bold, layout.title, ReceiptHeadings.KELURAHAN + " " + r.kelurahan(),
                Align.CENTER));
        if (r.kecamatan() != null) {
            blocks.add(Blocks.text(type, type.regular, body, ReceiptHeadings.KECAMATAN + " " + r.kecamatan(),
                    Align.CENTER));
        }
        blocks.add(Blocks.gap(body * 0.4f));
        blocks.add(Blocks.heading(type, ReceiptHeadings.RECEIPT, body, Align.CENTER));
        blocks.add(Blocks.rule(body * 0.4f, 0.8f, false));

        float labelWidth = 0;
        for (String label : List.of(ReceiptHeadings.PROGRAM, ReceiptHeadings.SERVICE, ReceiptHeadings.DATE,
                ReceiptHeadings.NIK, ReceiptHeadings.STATE)) {
            labelWidth = Math.max(labelWidth, type.width(type.bold, body, label) + body * 1.2f);
        }
        if (r.program() != null) {
            blocks.add(Blocks.field(type, body, ReceiptHeadings.PROGRAM, r.program(), labelWidth));
        }
        blocks.add(Blocks.field(type, body, ReceiptHeadings.SERVICE, r.service(), labelWidth));
        blocks.add(Blocks.field(type, body, ReceiptHeadings.DATE, ReceiptDates.format(r.submittedAt()), labelWidth));
        if (r.maskedNik() != null) {
            blocks.add(Blocks.field(type, body, ReceiptHeadings.NIK, r.maskedNik(), labelWidth));
        }
        if (r.state() != null) {
            blocks.add(Blocks.field(type, body, ReceiptHeadings.STATE, r.state(), labelWidth));
        }
        blocks.add(Blocks.rule(body * 0.4f, 0.8f, false));
        blocks.add(tracking(r, type, layout));
        blocks.add(Blocks.rule(body * 0.4f, 0.8f, false));

        // a heading never ends a page: it goes with its first item, and the checklist stays whole when it fits
        if (!r.checklist().isEmpty()) {
            List<Block> items = new ArrayList<>();
            for (Receipt.ChecklistItem item : r.checklist()) {
                items.add(Blocks.checkItem(type, body, item.label(), item.where()));
            }
            blocks.add(Blocks.stack(Blocks.heading(type, ReceiptHeadings.CHECKLIST, body + 0.5f, Align.LEFT),
                    Blocks.gap(body * 0.3f), items.get(0)));
            blocks.addAll(items.subList(1, items.size()));
            blocks.add(Blocks.gap(body * 0.3f));
        }
        if (r.nextSteps() != null) {
            blocks.add(Blocks.stack(Blocks.heading(type, ReceiptHeadings.NEXT_STEPS, body + 0.5f, Align.LEFT),
                    Blocks.gap(body * 0.3f), Blocks.text(type, type.regular, body, r.nextSteps())));
        }
        if (r.statusHint() != null) {
            blocks.add(Blocks.stack(Blocks.rule(body * 0.5f, 0.5f, true),
                    Blocks.text(type, type.bold, body, r.statusHint(), Align.CENTER)));
        }
        return blocks;
    }

    /** The number a resident quotes: large text and QR, beside each other on A6, stacked on the narrow roll. */
    private static Block tracking(Receipt r, Typeface type, Layout layout) {
        Block qr = QrCodes.block(r.trackingNumber(), layout.qr);
        if (layout == Layout.ROLL) {
            return Blocks.stack(
                    Blocks.heading(type, ReceiptHeadings.TRACKING, layout.body, Align.CENTER),
                    Blocks.gap(layout.body * 0.3f),
                    Blocks.fitted(type, type.bold, layout.number, r.trackingNumber(), Align.CENTER),
                    qr,
                    Blocks.heading(type, ReceiptHeadings.KEEP, layout.body * 0.9f, Align.CENTER));
        }
        Block text = Blocks.stack(
                Blocks.gap(layout.qr * 0.12f),
                Blocks.heading(type, ReceiptHeadings.TRACKING, layout.body, Align.LEFT),
                Blocks.gap(layout.body * 0.5f),
                Blocks.fitted(type, type.bold, layout.number, r.trackingNumber(), Align.LEFT),
                Blocks.gap(layout.body * 0.5f),
                Blocks.heading(type, ReceiptHeadings.KEEP, layout.body * 0.9f, Align.LEFT));
        return Blocks.beside(text, qr, layout.qr, mm(2));
    }
}
