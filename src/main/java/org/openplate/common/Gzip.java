package org.openplate.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Bytes in the gzip format (RFC 1952), for responses kept compressed: written once, then sent as they are to
 * clients that accept gzip (every browser) and inflated for the others.
 */
public final class Gzip {

    private Gzip() {
    }

    /** {@code plain} compressed at the fastest level: JSON of repeated field names shrinks about 5 to 8 times. */
    public static byte[] compress(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gz = new FastGzipOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a byte array does not fail
        }
        return out.toByteArray();
    }

    /**
     * The bytes {@link #compress} was given, read into an array of the length the trailer gives; the stream is
     * then read to its end, which checks the trailer's CRC-32 and length. Anything else fails with an
     * IllegalArgumentException.
     */
    public static byte[] decompress(byte[] gzip) {
        int length = plainLength(gzip);
        // deflate shrinks at most 1032 to 1: a larger length is a damaged trailer, not an array to allocate
        if (length < 0 || length > 1032L * gzip.length) {
            throw new IllegalArgumentException("damaged gzip bytes");
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 8192)) {
            byte[] out = new byte[length];
            if (in.readNBytes(out, 0, length) != length || in.read() != -1) {
                throw new IllegalArgumentException("damaged gzip bytes");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("damaged gzip bytes", e);
        }
    }

    /** The uncompressed length, from the format's trailer (ISIZE: the length modulo 2^32, little-endian). */
    static int plainLength(byte[] gzip) {
        int n = gzip.length;
        if (n < 18) {
            throw new IllegalArgumentException("too short for gzip: " + n + " bytes");
        }
        return (gzip[n - 4] & 0xff) | (gzip[n - 3] & 0xff) << 8 | (gzip[n - 2] & 0xff) << 16 | (gzip[n - 1] & 0xff) << 24;
    }

    /** "q=0", "q=0.", "q=0.0" … "q=0.000": a coding the client refuses. */
    private static final java.util.regex.Pattern ZERO_QUALITY = java.util.regex.Pattern.compile("q=0(\\.0{0,3})?");

    /**
     * Whether an {@code Accept-Encoding} header accepts gzip: a {@code gzip} (or {@code x-gzip}, or {@code *})
     * coding whose quality is not 0 (RFC 9110, section 12.5.3). Null (no header) does not.
     */
    public static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean any = false;
        for (String part : acceptEncoding.split(",")) {
            String[] params = part.split(";");
            String coding = params[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (p.startsWith("q=")) {
                    refused = ZERO_QUALITY.matcher(p).matches();
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return !refused;
            }
            if (coding.equals("*")) {
                any = !refused;
            }
        }
        return any;
    }

    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(ByteArrayOutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
