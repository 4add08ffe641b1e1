package org.openplate.food.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.MultiFormatUPCEANReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.openplate.common.BadInputException;
import org.openplate.common.TooManyRequestsException;

/**
 * Reads the product barcode in one camera frame (a JPEG or PNG the browser posts when it has no barcode
 * detector of its own), with ZXing's 1D UPC/EAN reader. Only EAN-13, EAN-8, UPC-A and UPC-E are looked for,
 * and ZXing checks the check digit of what it reads.
 *
 * <p>Bounded work: the caller caps the bytes; here the image's size is read from its header before any
 * pixel is decoded, frames above {@link #MAX_PIXELS} are refused, frames wider or taller than
 * {@link #WORK_EDGE} are decoded subsampled (a barcode needs no more), and at most {@link #PARALLEL} frames
 * are decoded at once across the server (others wait briefly, then get 429).
 */
public final class FrameDecoder {

    /** The largest frame accepted: 24 megapixels (a 6000 x 4000 photo). */
    public static final long MAX_PIXELS = 24_000_000L;
    /** Frames are decoded at most this many pixels wide or tall (subsampled at read time beyond it). */
    public static final int WORK_EDGE = 1600;
    /** Frames decoded at the same time, server-wide. */
    public static final int PARALLEL = 2;

    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

    static {
        HINTS.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.EAN_13, BarcodeFormat.EAN_8,
                BarcodeFormat.UPC_A, BarcodeFormat.UPC_E));
        HINTS.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    }

    private final Semaphore slots = new Semaphore(PARALLEL);

    /**
     * The barcode in the frame, or empty when none is readable.
     *
     * @throws BadInputException (field {@code image}) when the bytes are not a JPEG or PNG image, or it is too large
     * @throws TooManyRequestsException when the server is already decoding {@link #PARALLEL} frames for a while
     */
    public Optional<ProductCode> decode(byte[] image) {
        try {
            if (!slots.tryAcquire(2, TimeUnit.SECONDS)) {
                throw new TooManyRequestsException("The server is reading other barcodes; try again in a moment.",
                        java.time.Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyRequestsException("Interrupted; try again.", java.time.Duration.ofSeconds(1));
        }
        try {
            return read(pixels(image));
        } finally {
            slots.release();
        }
    }

    /** Decodes an image the server holds already (tests, and the decoding itself). */
    public static Optional<ProductCode> read(BufferedImage frame) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        int[] rgb = frame.getRGB(0, 0, w, h, null, 0, w);
        LuminanceSource source = new RGBLuminanceSource(w, h, rgb);
        MultiFormatUPCEANReader reader = new MultiFormatUPCEANReader(HINTS);
        try {
            Result r = reader.decode(new BinaryBitmap(new HybridBinarizer(source)), HINTS);
            return Optional.ofNullable(code(r));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }

    private static ProductCode code(Result r) {
        ProductCode.Format f = switch (r.getBarcodeFormat()) {
            case EAN_13 -> ProductCode.Format.EAN_13;
            case EAN_8 -> ProductCode.Format.EAN_8;
            case UPC_A -> ProductCode.Format.UPC_A;
            case UPC_E -> ProductCode.Format.UPC_E;
            default -> null;
        };
        if (f == null) {
            return null;
        }
        String text = r.getText();
        // ZXing reports a UPC-A read by its EAN-13 reader as 13 digits with a leading 0; keep it as UPC-A.
        if (f == ProductCode.Format.UPC_A && text.length() == 13 && text.startsWith("0")) {
            text = text.substring(1);
        }
        ProductCode code = new ProductCode(text, f);
        boolean ok = switch (f) {
            case UPC_E -> UpcE.valid(text);
            case EAN_13 -> text.length() == 13 && org.openplate.food.importer.Barcodes.valid(text);
            case EAN_8 -> text.length() == 8 && org.openplate.food.importer.Barcodes.valid(text);
            case UPC_A -> text.length() == 12 && org.openplate.food.importer.Barcodes.valid(text);
        };
        return ok ? code : null;
    }

    /** Decodes the bytes into pixels, refusing what is not an image or too large before decoding it. */
    static BufferedImage pixels(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            ImageReader reader = null;
            while (readers.hasNext()) {
                ImageReader candidate = readers.next();
                String name = candidate.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (name.equals("jpeg") || name.equals("jpg") || name.equals("png")) {
                    reader = candidate;
                    break;
                }
            }
            if (reader == null) {
                throw new BadInputException("image", "image must be a JPEG or PNG picture.");
            }
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1 || (long) w * h > MAX_PIXELS) {
                    throw new BadInputException("image", "image must be at most " + MAX_PIXELS / 1_000_000
                            + " megapixels (this one is " + w + " x " + h + ").");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (Math.max(w, h) + WORK_EDGE - 1) / WORK_EDGE);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException("image", "image could not be read as a JPEG or PNG picture.");
        }
    }
}
