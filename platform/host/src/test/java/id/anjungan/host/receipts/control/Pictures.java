package id.anjungan.host.receipts.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.util.Set;
import java.util.TreeSet;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders PDF pages to PNG under target/receipts (to look at) and reads QR codes back from them. */
final class Pictures {

    static final Path DIR = Path.of("target", "receipts");

    private Pictures() {
    }

    static BufferedImage render(byte[] pdf, int page, int dpi, String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
            Files.createDirectories(DIR);
            ImageIO.write(image, "png", DIR.resolve(name + ".png").toFile());
            return image;
        }
    }

    static String decodeQr(BufferedImage image) throws NotFoundException {
        Result result = new MultiFormatReader().decode(bitmap(image), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }

    /** Every QR code on a page, e.g. the invitation cards of one sheet. */
    static Set<String> decodeAllQr(BufferedImage image) throws NotFoundException {
        Set<String> found = new TreeSet<>();
        for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap(image),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
            found.add(r.getText());
        }
        return found;
    }

    static BinaryBitmap bitmap(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
    }
}
