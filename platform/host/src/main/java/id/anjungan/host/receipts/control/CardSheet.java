package id.anjungan.host.receipts.control;

import id.anjungan.host.receipts.control.Blocks.Align;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws invitation cards two across and four down, with dashed borders to cut along. */
final class CardSheet {

    static final int COLUMNS = 2;
    static final int ROWS = 4;
    static final int PER_PAGE = COLUMNS * ROWS;

    private static final float PAD = 10f;
    private static final float QR = Units.mm(30);
    private static final float FIRST_LINE = 10.5f;
    private static final float LINE = 9.5f;
    private static final int MAX_TYPED_PAYLOAD = 28;

    private final Typeface type;

    CardSheet(Typeface type) {
        this.type = type;
    }

    /** Draws the card at {@code slot} (0 to 7, row by row) of the grid whose top-left is (left, top). */
    void draw(PDPageContentStream cs, PrintDocument.Card card, int slot, float left, float top, float width,
            float height) throws IOException {
        float w = width / COLUMNS;
        float h = height / ROWS;
        float x = left + (slot % COLUMNS) * w;
        float y = top - (slot / COLUMNS) * h;

        cs.saveGraphicsState();
        cs.setStrokingColor(0.55f);
        cs.setLineWidth(0.5f);
        cs.setLineDashPattern(new float[] {4, 3}, 0);
        cs.addRect(x, y - h, w, h);
        cs.stroke();
        cs.restoreGraphicsState();

        float qrSize = Math.min(QR, h - 2 * PAD - 10);
        float qrX = x + w - PAD - qrSize;
        float qrTop = y - (h - qrSize) / 2 + 5;
        QrCodes.draw(cs, QrCodes.matrix(card.qrPayload()), qrX, qrTop, qrSize);
        if (card.qrPayload().length() <= MAX_TYPED_PAYLOAD) {
            Blocks.fitted(type, type.regular, 7.5f, card.qrPayload(), Align.CENTER)
                    .draw(cs, qrX, qrTop - qrSize, qrSize);
        }

        float textWidth = qrX - x - PAD - 6;
        float textTop = y - PAD;
        float floor = y - h + PAD;
        List<String> lines = card.lines();
        for (int i = 0; i < lines.size(); i++) {
            Block line = i == 0
                    ? Blocks.text(type, type.bold, FIRST_LINE, lines.get(i))
                    : Blocks.text(type, type.regular, LINE, lines.get(i));
            float lh = line.height(textWidth);
            if (textTop - lh < floor) {
                // what does not fit is left off rather than printed over the border
                break;
            }
            line.draw(cs, x + PAD, textTop, textWidth);
            textTop -= lh + (i == 0 ? 4 : 1);
        }
    }
}
