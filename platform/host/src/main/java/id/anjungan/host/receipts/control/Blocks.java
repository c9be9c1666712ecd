package id.anjungan.host.receipts.control;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The simple blocks receipts and documents are made of. */
final class Blocks {

    static final float LEADING = 1.22f;
    /** Distance from the top of a line box to its baseline, as a share of the font size. */
    static final float ASCENT = 0.93f;
    static final float GREY = 0.35f;

    enum Align { LEFT, CENTER, RIGHT }

    private Blocks() {
    }

    static Block gap(float points) {
        return new Block() {
            @Override
            public float height(float width) {
                return points;
            }

            @Override
            public void draw(PDPageContentStream cs, float x, float top, float width) {
                // nothing to draw
            }
        };
    }

    /** A horizontal line with {@code space} above and below; dashed lines mark where to cut. */
    static Block rule(float space, float thickness, boolean dashed) {
        return new Block() {
            @Override
            public float height(float width) {
                return 2 * space + thickness;
            }

            @Override
            public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
                float y = top - space - thickness / 2;
                cs.saveGraphicsState();
                cs.setLineWidth(thickness);
                if (dashed) {
                    cs.setLineDashPattern(new float[] {3, 2}, 0);
                }
                cs.moveTo(x, y);
                cs.lineTo(x + width, y);
                cs.stroke();
                cs.restoreGraphicsState();
            }
        };
    }

    static Block text(Typeface type, PDFont font, float size, String text) {
        return new Text(type, font, size, text, Align.LEFT, 0f);
    }

    static Block text(Typeface type, PDFont font, float size, String text, Align align) {
        return new Text(type, font, size, text, align, 0f);
    }

    static Block text(Typeface type, PDFont font, float size, String text, Align align, float grey) {
        return new Text(type, font, size, text, align, grey);
    }

    /** A bilingual heading: Bahasa Indonesia in bold, English smaller and grey on the line below. */
    static Block heading(Typeface type, Label label, float size, Align align) {
        Block id = text(type, type.bold, size, label.id(), align);
        return label.en() == null ? id : stack(id, text(type, type.regular, size * 0.8f, label.en(), align, GREY));
    }

    static Block stack(Block... blocks) {
        return stack(List.of(blocks));
    }

    static Block stack(List<Block> blocks) {
        return new Block() {
            @Override
            public float height(float width) {
                float h = 0;
                for (Block b : blocks) {
                    h += b.height(width);
                }
                return h;
            }

            @Override
            public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
                float y = top;
                for (Block b : blocks) {
                    b.draw(cs, x, y, width);
                    y -= b.height(width);
                }
            }
        };
    }

    /** {@code left} beside a fixed-width {@code right}, both starting at the top. */
    static Block beside(Block left, Block right, float rightWidth, float gap) {
        return new Block() {
            @Override
            public float height(float width) {
                return Math.max(left.height(width - rightWidth - gap), right.height(rightWidth));
            }

            @Override
            public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
                left.draw(cs, x, top, width - rightWidth - gap);
                right.draw(cs, x + width - rightWidth, top, rightWidth);
            }
        };
    }

    /** Wrapped text. */
    static final class Text implements Block {
        private final Typeface type;
        private final PDFont font;
        private final float size;
        private final String text;
        private final Align align;
        private final float grey;
        private float wrappedFor = -1;
        private List<String> lines;

        Text(Typeface type, PDFont font, float size, String text, Align align, float grey) {
            this.type = type;
            this.font = font;
            this.size = size;
            this.text = text == null ? "" : text;
            this.align = align;
            this.grey = grey;
        }

        private List<String> lines(float width) {
            if (width != wrappedFor) {
                lines = type.wrap(font, size, text, width);
                wrappedFor = width;
            }
            return lines;
        }

        @Override
        public float height(float width) {
            return lines(width).size() * size * LEADING;
        }

        @Override
        public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
            float baseline = top - size * ASCENT;
            for (String line : lines(width)) {
                drawLine(cs, type, font, size, line, x, baseline, width, align, grey);
                baseline -= size * LEADING;
            }
        }
    }

    /** One line, shrunk from {@code maxSize} until it fits the width: for numbers that must not break. */
    static Block fitted(Typeface type, PDFont font, float maxSize, String text, Align align) {
        return new Block() {
            private float size(float width) {
                float natural = type.width(font, maxSize, text);
                return natural <= width ? maxSize : maxSize * width / natural;
            }

            @Override
            public float height(float width) {
                return size(width) * LEADING;
            }

            @Override
            public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
                float size = size(width);
                drawLine(cs, type, font, size, text, x, top - size * ASCENT, width, align, 0f);
            }
        };
    }

    static void drawLine(PDPageContentStream cs, Typeface type, PDFont font, float size, String line, float x,
            float baseline, float width, Align align, float grey) throws IOException {
        String printable = type.printable(font, line);
        if (printable.isBlank()) {
            return;
        }
        float w = type.width(font, size, printable);
        float dx = switch (align) {
            case LEFT -> 0;
            case CENTER -> (width - w) / 2;
            case RIGHT -> width - w;
        };
        cs.beginText();
        cs.setNonStrokingColor(grey);
        cs.setFont(font, size);
        cs.newLineAtOffset(x + dx, baseline);
        cs.showText(printable);
        cs.endText();
        cs.setNonStrokingColor(0f);
    }

    /** Label in bold in a column of {@code labelWidth}, value wrapped beside it: "Tanggal   26 November 2026". */
    static Block field(Typeface type, float size, String label, String value, float labelWidth) {
        Block valueText = text(type, type.regular, size, value);
        return new Block() {
            @Override
            public float height(float width) {
                return valueText.height(width - labelWidth) + size * 0.15f;
            }

            @Override
            public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
                drawLine(cs, type, type.bold, size, label, x, top - size * ASCENT, labelWidth, Align.LEFT, 0f);
                valueText.draw(cs, x + labelWidth, top, width - labelWidth);
            }
        };
    }

    /** An empty tick box with the document beside it and, smaller below, where to get it. */
    static Block checkItem(Typeface type, float size, String label, String where) {
        float box = size * 0.8f;
        float indent = box + size * 0.6f;
        Block labelText = text(type, type.regular, size, label);
        Block whereText = where == null ? gap(0) : text(type, type.regular, size * 0.85f, where, Align.LEFT, GREY);
        Block body = stack(labelText, whereText, gap(size * 0.3f));
        return new Block() {
            @Override
            public float height(float width) {
                return body.height(width - indent);
            }

            @Override
            public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
                float boxTop = top - size * ASCENT + box * 0.95f;
                cs.saveGraphicsState();
                cs.setLineWidth(0.7f);
                cs.addRect(x + 0.5f, boxTop - box, box, box);
                cs.stroke();
                cs.restoreGraphicsState();
                body.draw(cs, x + indent, top, width - indent);
            }
        };
    }
}
