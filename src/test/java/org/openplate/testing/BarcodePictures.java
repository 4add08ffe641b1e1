package org.openplate.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Product barcodes drawn by ZXing's writers, as a camera would see them: dark bars on a light page. */
public final class BarcodePictures {

    private BarcodePictures() {
    }

    /** The barcode {@code contents} drawn in {@code width} x {@code height} pixels, centred with a white margin. */
    public static BufferedImage draw(String contents, BarcodeFormat format, int width, int height) {
        try {
            int barWidth = width * 3 / 5;
            int barHeight = height / 3;
            BitMatrix m = new MultiFormatWriter().encode(contents, format, barWidth, barHeight,
                    Map.of(EncodeHintType.MARGIN, 10));
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(0xf4, 0xf1, 0xe8));
            g.fillRect(0, 0, width, height);
            g.dispose();
            int x0 = (width - m.getWidth()) / 2;
            int y0 = (height - m.getHeight()) / 2;
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    img.setRGB(x0 + x, y0 + y, m.get(x, y) ? 0x151515 : 0xffffff);
                }
            }
            return img;
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The picture as JPEG or PNG bytes ({@code "jpeg"}, {@code "png"}). */
    public static byte[] encode(BufferedImage img, String type) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, type, out)) {
                throw new IllegalArgumentException("no writer for " + type);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
