package id.anjungan.host.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ReceiptImagesTest {

    @Test
    void theA6ReceiptIsShownAsAPictureOfItsPageWithAReadableQrCode() throws Exception {
        byte[] png = new Receipts().png(SampleReceipts.lostKksCard(), PaperFormat.A6);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Math.round(105 / 25.4 * ReceiptImages.DPI), image.getWidth(), 1, "one A6 page wide");
        assertEquals(Math.round(148 / 25.4 * ReceiptImages.DPI), image.getHeight(), 1, "one A6 page high");
        assertEquals(SampleReceipts.TRACKING, Pictures.decodeQr(image));
    }

    @Test
    void theScreenQrCodeReadsAsTheTrackingNumber() throws Exception {
        String svg = new Receipts().qrSvg(SampleReceipts.TRACKING);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), svg);
        int scale = 8;
        BufferedImage image = new BufferedImage(Integer.parseInt(box.group(1)) * scale,
                Integer.parseInt(box.group(2)) * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(svg);
        while (run.find()) {
            g.fillRect(Integer.parseInt(run.group(1)) * scale, Integer.parseInt(run.group(2)) * scale,
                    Integer.parseInt(run.group(3)) * scale, scale);
        }
        g.dispose();
        assertEquals(SampleReceipts.TRACKING, Pictures.decodeQr(image));
    }
}
