package id.anjungan.host.receipts.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** QR codes drawn as vector squares, so they stay sharp on a 203 dpi thermal head and on a laser printer alike. */
final class QrCodes {

    /** The white border a scanner needs around the code, in modules (the QR specification asks for 4). */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    static BitMatrix matrix(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR code: " + e.getMessage(), e);
        }
    }

    /** Draws the code, quiet zone included, in a square of {@code size} points whose top-left is (x, top). */
    static void draw(PDPageContentStream cs, BitMatrix matrix, float x, float top, float size) throws IOException {
        float module = size / matrix.getWidth();
        cs.setNonStrokingColor(0f);
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
                // a hair of overlap so that viewers do not show seams between the runs
                cs.addRect(x + start * module, top - (row + 1) * module - 0.02f, (col - start) * module + 0.02f,
                        module + 0.04f);
            }
        }
        cs.fill();
    }

    /** A centred QR code of the given size. */
    static Block block(String payload, float size) {
        BitMatrix matrix = matrix(payload);
        return new Block() {
            @Override
            public float height(float width) {
                return Math.min(size, width);
            }

            @Override
            public void draw(PDPageContentStream cs, float x, float top, float width) throws IOException {
                float s = Math.min(size, width);
                QrCodes.draw(cs, matrix, x + (width - s) / 2, top, s);
            }
        };
    }
}
