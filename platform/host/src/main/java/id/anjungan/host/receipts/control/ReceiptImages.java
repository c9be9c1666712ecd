package id.anjungan.host.receipts.control;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A receipt as the kiosk shows it on screen: its PDF pages rendered to one PNG (pages one below the other), so the
 * kiosk needs no PDF viewer with download and annotate tools and nothing reaches the browser's disk; and the tracking
 * number's QR code as SVG for the receipt screen.
 */
final class ReceiptImages {

    static final float DPI = 150;
    private static final int PAGE_GAP = 24;

    private ReceiptImages() {
    }

    static byte[] png(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            int width = 0;
            int height = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                pages.add(page);
                width = Math.max(width, page.getWidth());
                height += page.getHeight() + (i == 0 ? 0 : PAGE_GAP);
            }
            BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = sheet.createGraphics();
            g.setColor(new Color(0x8a8a8a));
            g.fillRect(0, 0, width, height);
            int y = 0;
            for (BufferedImage page : pages) {
                g.drawImage(page, 0, y, null);
                y += page.getHeight() + PAGE_GAP;
            }
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(sheet, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code of payload as an SVG of dark runs on white, quiet zone included. */
    static String qrSvg(String payload) {
        BitMatrix matrix = QrCodes.matrix(payload);
        StringBuilder path = new StringBuilder();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                path.append('M').append(start).append(' ').append(row).append('h').append(col - start).append("v1h-")
                        .append(col - start).append('z');
            }
        }
        int w = matrix.getWidth();
        int h = matrix.getHeight();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
