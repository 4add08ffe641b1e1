package org.openplate.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
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
     * Inflaters to reuse (each holds zlib's state and its 32 KiB window in native memory): making and ending one
     * per call cost more than the inflating of a small day. At most as many as inflate at once are kept.
     */
    private static final java.util.concurrent.ArrayBlockingQueue<Inflater> SPARE =
            new java.util.concurrent.ArrayBlockingQueue<>(8);

    /**
     * The bytes {@link #compress} was given, inflated straight into an array of their length (read from the
     * trailer) and checked against the trailer's CRC-32. Anything else fails with an IllegalArgumentException.
     */
    public static byte[] decompress(byte[] gzip) {
        int length = plainLength(gzip);
        // the 10-byte header GZIPOutputStream writes: magic, deflate, no flags (no name, comment or extra field)
        // (deflate shrinks at most 1032 to 1: a larger length is a damaged trailer, not an array to allocate)
        if (gzip[0] != (byte) 0x1f || gzip[1] != (byte) 0x8b || gzip[2] != 8 || gzip[3] != 0 || length < 0
                || length > 1032L * gzip.length) {
            throw new IllegalArgumentException("not gzip bytes made by this process");
        }
        byte[] out = new byte[length];
        Inflater inflater = SPARE.poll();
        if (inflater == null) {
            inflater = new Inflater(true);
        }
        try {
            inflater.setInput(gzip, 10, gzip.length - 18);
            int n = 0;
            do {
                int k = inflater.inflate(out, n, length - n);
                if (k == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            } while (n < length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(out);
            int at = gzip.length - 8;
            long expected = (gzip[at] & 0xffL) | (gzip[at + 1] & 0xffL) << 8 | (gzip[at + 2] & 0xffL) << 16
                    | (gzip[at + 3] & 0xffL) << 24;
            if (n != length || crc.getValue() != expected) {
                throw new IllegalArgumentException("damaged gzip bytes");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("damaged gzip bytes", e);
        } finally {
            inflater.reset();
            if (!SPARE.offer(inflater)) {
                inflater.end();
            }
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
