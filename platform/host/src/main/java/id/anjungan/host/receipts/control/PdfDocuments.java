package id.anjungan.host.receipts.control;

import static id.anjungan.host.receipts.control.Units.mm;

import id.anjungan.host.receipts.control.Blocks.Align;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders a {@link PrintDocument} on A4 pages: title, meta fields, paragraphs, a table over as many pages as it needs
 * with its header repeated, a signature block, then cards 2 × 4 per page; every page numbered in its footer.
 * Thread-safe and stateless.
 */
public final class PdfDocuments {

    private static final float SIDE = mm(15);
    private static final float TOP = mm(15);
    private static final float BOTTOM = mm(18);
    private static final float BODY = 10f;
    private static final float TABLE = 9f;
    private static final int SIGNED_ROWS = 3;

    public byte[] render(PrintDocument document) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(document.title());
            doc.getDocumentInformation().setCreator("Anjungan");
            Typeface type = Typeface.load(doc);
            try (PageFlow flow = new PageFlow(doc, PDRectangle.A4, SIDE, TOP, BOTTOM)) {
                if (document.hasBody() || document.cards().isEmpty()) {
                    body(document, type, flow);
                }
                cards(document, type, flow);
            }
            footers(doc, document.subtitle() == null ? document.title()
                    : document.title() + " · " + document.subtitle(), type);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(PrintDocument d, Typeface type, PageFlow flow) {
        flow.add(Blocks.text(type, type.bold, 16f, d.title()));
        if (d.subtitle() != null) {
            flow.add(Blocks.text(type, type.regular, 11f, d.subtitle(), Align.LEFT, Blocks.GREY));
        }
        flow.add(Blocks.rule(5f, 1f, false));
        if (!d.meta().isEmpty()) {
            float labelWidth = 0;
            for (PrintDocument.Meta m : d.meta()) {
                labelWidth = Math.max(labelWidth, type.width(type.bold, BODY, m.label()) + BODY);
            }
            labelWidth = Math.min(labelWidth, flow.width() * 0.4f);
            for (PrintDocument.Meta m : d.meta()) {
                flow.add(Blocks.field(type, BODY, m.label(), m.value(), labelWidth));
            }
            flow.add(Blocks.gap(BODY));
        }
        for (String paragraph : d.paragraphs()) {
            flow.add(Blocks.text(type, type.regular, BODY + 0.5f, paragraph));
            flow.add(Blocks.gap(BODY * 0.6f));
        }
        Block signature = d.signature().isEmpty() ? Blocks.gap(0) : signature(d.signature(), type);
        if (d.table() != null) {
            table(d.table(), type, flow, signature.height(flow.width()));
        }
        flow.add(signature);
    }

    private static void table(PrintDocument.Table table, Typeface type, PageFlow flow, float signatureHeight) {
        TableLayout layout = new TableLayout(type, TABLE, table, flow.width());
        Block header = layout.header(table.headers());
        List<Block> rows = layout.rows(table.rows());
        // a header alone at the foot of a page helps nobody: keep it with the first row
        float first = rows.isEmpty() ? 0 : rows.get(0).height(flow.width());
        flow.keepTogether(header.height(flow.width()) + first);
        flow.add(header);
        flow.repeatOnNewPage(header);
        // a signature alone on the last page signs nothing visible: it takes the last rows with it
        int tail = Math.max(0, rows.size() - SIGNED_ROWS);
        for (int i = 0; i < rows.size(); i++) {
            if (i == tail && signatureHeight > 0) {
                float rest = signatureHeight;
                for (Block row : rows.subList(tail, rows.size())) {
                    rest += row.height(flow.width());
                }
                flow.keepTogether(rest);
            }
            flow.add(rows.get(i));
        }
        flow.repeatOnNewPage(null);
    }

    /** Lines centred in the right half of the page; blank lines leave room for a signature and stamp. */
    private static Block signature(List<String> lines, Typeface type) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Blocks.gap(BODY * 2.5f));
        for (String line : lines) {
            blocks.add(line.isBlank() ? Blocks.gap(BODY * 1.6f) : Blocks.text(type, type.regular, BODY + 0.5f, line,
                    Align.CENTER));
        }
        Block stack = Blocks.stack(blocks);
        return new Block() {
            @Override
            public float height(float width) {
                return stack.height(width / 2);
            }

            @Override
            public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
                stack.draw(cs, x + width / 2, top, width / 2);
            }
        };
    }

    private static void cards(PrintDocument d, Typeface type, PageFlow flow) throws IOException {
        if (d.cards().isEmpty()) {
            return;
        }
        CardSheet sheet = new CardSheet(type);
        for (int i = 0; i < d.cards().size(); i++) {
            int slot = i % CardSheet.PER_PAGE;
            if (slot == 0 && !flow.pageEmpty()) {
                flow.newPage();
            }
            PDPageContentStream cs = flow.canvas();
            float top = PDRectangle.A4.getHeight() - TOP;
            sheet.draw(cs, d.cards().get(i), slot, flow.left(), top, flow.width(), flow.pageHeight());
        }
    }

    private static void footers(PDDocument doc, String title, Typeface type) throws IOException {
        int pages = doc.getNumberOfPages();
        float width = PDRectangle.A4.getWidth() - 2 * SIDE;
        float baseline = BOTTOM / 2;
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                String number = "Halaman " + (i + 1) + " dari " + pages;
                float numberWidth = type.width(type.regular, 8f, number);
                Blocks.drawLine(cs, type, type.regular, 8f, number, SIDE, baseline, width, Align.RIGHT, Blocks.GREY);
                // the title is cut to one line so that it never runs into the page number
                String shortTitle = type.wrap(type.regular, 8f, title, width - numberWidth - 20).get(0);
                Blocks.drawLine(cs, type, type.regular, 8f, shortTitle, SIDE, baseline, width, Align.LEFT,
                        Blocks.GREY);
            }
        }
    }
}
