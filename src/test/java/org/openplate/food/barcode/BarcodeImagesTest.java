package org.openplate.food.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openplate.common.BadInputException;
import org.openplate.testing.BarcodePictures;

/** The server's frame decoder on barcodes drawn by ZXing's writers, sent as a browser sends them. */
class BarcodeImagesTest {

    private final FrameDecoder decoder = new FrameDecoder();

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
        "5901234123457, EAN_13, ean_13, 5901234123457",
        "96385074, EAN_8, ean_8, 96385074",
        "036000291452, UPC_A, upc_a, 0036000291452",
        "04252614, UPC_E, upc_e, 0042100005264",
    })
    void readsEachPackageFormatFromAJpegFrame(String code, BarcodeFormat drawn, String format, String lookup) {
        BufferedImage frame = BarcodePictures.draw(code, drawn, 1280, 720);
        ProductCode read = decoder.decode(BarcodePictures.encode(frame, "jpeg")).orElseThrow();
        assertEquals(code, read.digits());
        assertEquals(format, read.format().api());
        assertEquals(lookup, read.lookup());
        assertEquals(Optional.of(read), decoder.decode(BarcodePictures.encode(frame, "png")), "PNG too");
    }

    @Test
    void aSmallFrameAndALargeOneAreRead() {
        assertEquals("5901234123457", decoder.decode(BarcodePictures.encode(
                BarcodePictures.draw("5901234123457", BarcodeFormat.EAN_13, 320, 240), "jpeg")).orElseThrow().digits());
        // 4000 x 3000 is decoded subsampled to at most 1600 px
        assertEquals("96385074", decoder.decode(BarcodePictures.encode(
                BarcodePictures.draw("96385074", BarcodeFormat.EAN_8, 4000, 3000), "png")).orElseThrow().digits());
    }

    @Test
    void aFrameWithoutABarcodeFindsNothing() {
        BufferedImage blank = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        assertEquals(Optional.empty(), decoder.decode(BarcodePictures.encode(blank, "jpeg")));
    }

    @Test
    void otherFormatsAreNotRead() {
        BufferedImage code128 = BarcodePictures.draw("5901234123457", BarcodeFormat.CODE_128, 1280, 720);
        assertEquals(Optional.empty(), decoder.decode(BarcodePictures.encode(code128, "png")));
    }

    @Test
    void notAnImageAndTooManyPixelsAreRefusedBeforeDecoding() {
        BadInputException text = assertThrows(BadInputException.class, () -> decoder.decode("hello".getBytes()));
        assertEquals("image", text.field());
        BadInputException gif = assertThrows(BadInputException.class, () -> decoder.decode(
                BarcodePictures.encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif")));
        assertEquals("image", gif.field());
        // 8000 x 4000 = 32 megapixels in a few kB of PNG: refused from the header, never decoded
        byte[] huge = BarcodePictures.encode(new BufferedImage(8000, 4000, BufferedImage.TYPE_BYTE_BINARY), "png");
        assertTrue(huge.length < 600_000, "fits under the byte limit: " + huge.length);
        BadInputException big = assertThrows(BadInputException.class, () -> decoder.decode(huge));
        assertEquals("image", big.field());
        assertTrue(big.getMessage().contains("8000 x 4000"), big.getMessage());
    }
}
