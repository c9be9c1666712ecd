package id.anjungan.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A small real PNG, standing in for a photo or a scanned letter. */
public final class Png {

    private Png() {
    }

    public static byte[] tiny() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            image.setRGB(x, x, 0xFFFFFF);
        }
        return encode(image);
    }

    /** The image as PNG bytes. */
    public static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
