package id.anjungan.host.receipts.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Places blocks top to bottom inside the margins, starting a new page when the next block does not fit. */
final class PageFlow implements AutoCloseable {

    private final PDDocument doc;
    private final PDRectangle size;
    private final float side;
    private final float top;
    private final float bottom;
    private PDPageContentStream cs;
    private float y;
    private boolean pageEmpty;
    private Block repeatOnNewPage;

    PageFlow(PDDocument doc, PDRectangle size, float side, float top, float bottom) {
        this.doc = doc;
        this.size = size;
        this.side = side;
        this.top = top;
        this.bottom = bottom;
    }

    float width() {
        return size.getWidth() - 2 * side;
    }

    /** Height of the area blocks go in, on an empty page. */
    float pageHeight() {
        return size.getHeight() - top - bottom;
    }

    float remaining() {
        return cs == null ? pageHeight() : y - bottom;
    }

    boolean pageEmpty() {
        return cs == null || pageEmpty;
    }

    /** A block drawn again at the top of each following page (a table header), or null for none. */
    void repeatOnNewPage(Block header) {
        this.repeatOnNewPage = header;
    }

    /** Starts a new page unless {@code height} points are still free on this one. */
    void keepTogether(float height) {
        if (cs == null || (height > remaining() && !pageEmpty)) {
            newPage();
        }
    }

    void add(Block block) {
        float h = block.height(width());
        keepTogether(h);
        place(block, h);
    }

    private void place(Block block, float h) {
        try {
            block.draw(cs, side, y, width());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
        pageEmpty = false;
    }

    void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = size.getHeight() - top;
            pageEmpty = true;
            if (repeatOnNewPage != null) {
                place(repeatOnNewPage, repeatOnNewPage.height(width()));
                pageEmpty = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws directly on the current page (a page starts if none has): for fixed grids such as cards. */
    PDPageContentStream canvas() {
        if (cs == null) {
            newPage();
        }
        pageEmpty = false;
        return cs;
    }

    float left() {
        return side;
    }

    @Override
    public void close() {
        try {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
