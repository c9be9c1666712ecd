package id.anjungan.host.receipts.control;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A piece of a page laid out top to bottom: it knows its height for a width, then draws itself there. */
interface Block {

    float height(float width);

    /** Draws with the top-left corner at ({@code x}, {@code top}) in PDF user space (y grows upwards). */
    void draw(PDPageContentStream cs, float x, float top, float width) throws IOException;
}
