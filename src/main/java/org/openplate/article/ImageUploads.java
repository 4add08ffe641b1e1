package org.openplate.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.openplate.common.BadInputException;

/**
 * Checks and stores uploaded images. The type is decided by the file's own bytes (PNG, JPEG or
 * GIF signatures), never by its name or the browser's claim, and the header must parse with
 * sensible dimensions; SVG is refused because it can carry scripts. Images are named by their
 * SHA-256, so names cannot be chosen by the uploader.
 */
final class ImageUploads {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MAX_SIDE = 8000;
    static final Pattern NAME = Pattern.compile("[0-9a-f]{32}\\.(png|jpg|gif)");

    private ImageUploads() {
    }

    /** Validates the bytes; the image it describes is not yet stored. */
    static ArticleImage inspect(byte[] bytes, Instant now) {
        if (bytes.length == 0) {
            throw new BadInputException("image", "Image: choose a PNG, JPEG or GIF file.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException("image", "Image must be at most 2 MiB; this one is "
                    + String.format(java.util.Locale.ROOT, "%.1f", bytes.length / 1048576.0) + " MiB.");
        }
        String[] type = type(bytes);
        if (type == null) {
            throw new BadInputException("image", "Image must be a PNG, JPEG or GIF file (checked from its contents).");
        }
        int[] size = dimensions(bytes, type[1]);
        if (size[0] < 1 || size[1] < 1 || size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new BadInputException("image", "Image must be between 1 and " + MAX_SIDE + " pixels on each side.");
        }
        return new ArticleImage(sha(bytes) + "." + type[0], type[1], bytes.length, size[0], size[1], now);
    }

    /**
     * Whether these bytes are what an upload under this name would have stored: a well-formed name, at
     * most {@link #MAX_BYTES}, passing {@link #inspect}, and named by their own SHA-256. Anything else (a
     * file an old restore put in the media folder) is never taken in.
     */
    static boolean isUpload(String name, byte[] bytes) {
        if (name == null || !NAME.matcher(name).matches() || bytes.length > MAX_BYTES) {
            return false;
        }
        try {
            return inspect(bytes, Instant.EPOCH).name().equals(name);
        } catch (BadInputException e) {
            return false;
        }
    }

    /** {extension, content type} from the signature, or null. */
    private static String[] type(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new String[] {"png", "image/png"};
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return new String[] {"jpg", "image/jpeg"};
        }
        if (starts(b, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return new String[] {"gif", "image/gif"};
        }
        return null;
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /** Width and height from the header only (no full decode, so a decompression bomb is not expanded). */
    private static int[] dimensions(byte[] bytes, String contentType) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
            if (in == null || !readers.hasNext()) {
                throw new BadInputException("image", "Image could not be read as " + contentType + ".");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException("image", "Image is damaged: its header could not be read as " + contentType + ".");
        }
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
