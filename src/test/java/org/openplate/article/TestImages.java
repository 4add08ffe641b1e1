package org.openplate.article;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Image bytes for upload tests, made on the fly. */
final class TestImages {

    private TestImages() {
    }

    static byte[] png(int w, int h, int rgb) {
        return encode("png", w, h, rgb);
    }

    static byte[] jpeg(int w, int h) {
        return encode("jpg", w, h, 0x336699);
    }

    private static byte[] encode(String format, int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                img.setRGB(x, y, rgb ^ (x * 31 + y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A valid small PNG whose header claims the given size (CRC fixed up), like a decompression bomb's. */
    static byte[] pngClaiming(int w, int h) {
        byte[] b = png(4, 4, 0);
        ByteBuffer.wrap(b, 16, 8).putInt(w).putInt(h);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        ByteBuffer.wrap(b, 29, 4).putInt((int) crc.getValue());
        return b;
    }
}
