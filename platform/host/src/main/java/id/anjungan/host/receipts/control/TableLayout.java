package id.anjungan.host.receipts.control;

import id.anjungan.host.receipts.control.Blocks.Align;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Cuts a {@link PrintDocument.Table} into a header block and one block per row, so that a page break can fall between
 * any two rows. Columns get the width their content needs, shared out when the page is too narrow.
 */
final class TableLayout {

    private static final float PAD_X = 4f;
    private static final float PAD_Y = 3f;
    private static final float MAX_NATURAL = 230f;
    private static final float MAX_WORD = 90f;

    private final Typeface type;
    private final float size;
    private final float[] widths;

    TableLayout(Typeface type, float size, PrintDocument.Table table, float width) {
        this.type = type;
        this.size = size;
        this.widths = columnWidths(table, width);
    }

    Block header(List<String> headers) {
        return new Row(headers, type.bold, 0.87f, true);
    }

    List<Block> rows(List<List<String>> rows) {
        List<Block> blocks = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            // light bands help a reader's eye follow a long row across the page
            blocks.add(new Row(rows.get(i), type.regular, i % 2 == 1 ? 0.95f : 1f, false));
        }
        return blocks;
    }

    private float[] columnWidths(PrintDocument.Table table, float width) {
        int n = table.headers().size();
        float[] natural = new float[n];
        float[] minimum = new float[n];
        List<List<String>> all = new ArrayList<>(table.rows());
        all.add(table.headers());
        for (List<String> row : all) {
            for (int c = 0; c < n; c++) {
                PDFont font = row == table.headers() ? type.bold : type.regular;
                natural[c] = Math.max(natural[c], Math.min(type.width(font, size, row.get(c)), MAX_NATURAL));
                for (String word : row.get(c).split("\\s+")) {
                    minimum[c] = Math.max(minimum[c], Math.min(type.width(font, size, word), MAX_WORD));
                }
            }
        }
        for (int c = 0; c < n; c++) {
            natural[c] += 2 * PAD_X;
            minimum[c] += 2 * PAD_X;
        }
        return share(natural, minimum, width);
    }

    /**
     * Columns that fit in an equal share of what is left get their natural width (so short names stay on one line);
     * the wide ones split the rest in proportion to their content, never below their longest word if possible.
     */
    static float[] share(float[] natural, float[] minimum, float width) {
        int n = natural.length;
        float[] out = new float[n];
        boolean[] fixed = new boolean[n];
        float sumNatural = 0;
        for (float w : natural) {
            sumNatural += w;
        }
        if (sumNatural <= width) {
            for (int c = 0; c < n; c++) {
                out[c] = natural[c] * width / sumNatural;
            }
            return out;
        }
        float left = width;
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float fair = left / open;
            for (int c = 0; c < n; c++) {
                if (!fixed[c] && natural[c] <= fair) {
                    fixed[c] = true;
                    out[c] = natural[c];
                    left -= natural[c];
                    open--;
                    changed = true;
                }
            }
        }
        float openNatural = 0;
        float openMinimum = 0;
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) {
                openNatural += natural[c];
                openMinimum += minimum[c];
            }
        }
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) {
                out[c] = openMinimum >= left
                        ? minimum[c] * left / openMinimum
                        : Math.max(minimum[c], natural[c] * left / openNatural);
            }
        }
        // the floor at the longest word may have overshot: take it back from the widest columns evenly
        float total = 0;
        for (float w : out) {
            total += w;
        }
        if (total > width) {
            float scale = width / total;
            for (int c = 0; c < n; c++) {
                out[c] *= scale;
            }
        }
        return out;
    }

    private final class Row implements Block {
        private final List<Block> cells = new ArrayList<>();
        private final float fill;
        private final boolean header;

        Row(List<String> values, PDFont font, float fill, boolean header) {
            for (String value : values) {
                cells.add(Blocks.text(type, font, size, value, Align.LEFT));
            }
            this.fill = fill;
            this.header = header;
        }

        @Override
        public float height(float width) {
            float h = 0;
            for (int c = 0; c < cells.size(); c++) {
                h = Math.max(h, cells.get(c).height(widths[c] - 2 * PAD_X));
            }
            return h + 2 * PAD_Y;
        }

        @Override
        public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
            float h = height(width);
            if (fill < 1f) {
                cs.setNonStrokingColor(fill);
                cs.addRect(x, top - h, width, h);
                cs.fill();
                cs.setNonStrokingColor(0f);
            }
            float cx = x;
            for (int c = 0; c < cells.size(); c++) {
                cells.get(c).draw(cs, cx + PAD_X, top - PAD_Y, widths[c] - 2 * PAD_X);
                cx += widths[c];
            }
            cs.saveGraphicsState();
            cs.setLineWidth(header ? 0.8f : 0.3f);
            cs.setStrokingColor(header ? 0f : 0.6f);
            if (header) {
                cs.moveTo(x, top);
                cs.lineTo(x + width, top);
            }
            cs.moveTo(x, top - h);
            cs.lineTo(x + width, top - h);
            cs.stroke();
            cs.restoreGraphicsState();
        }
    }
}
