package org.openplate.transfer.trackers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip in memory with limits counted while inflating (declared sizes are not
 * trusted): number of entries, bytes per entry, bytes in total, and the compression ratio of large
 * entries (a zip bomb). Directories, "__MACOSX/" and hidden files ("._x", ".DS_Store") are skipped.
 * Used for trackers' exports and for OpenPlate's own export, each with its own limits.
 */
public final class SafeZip {

    /** A file from the zip: its path inside the zip and its bytes. */
    public record Entry(String path, byte[] bytes) {
        String baseName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** ZipInputStream reads ahead at most this many bytes, which it pushes back for the next entry. */
    private static final int READ_AHEAD = 512;

    private SafeZip() {
    }

    /**
     * Unpacks with the given limits; an entry over 1 MiB inflating more than {@code bombRatio} times
     * its compressed size is refused as a zip bomb. Failures are {@link TrackerFormatException}s
     * (bad input, field "file") naming the zip and the entry.
     */
    public static List<Entry> read(String zip, byte[] bytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                                   int bombRatio) {
        return read(zip, bytes, new Limits(maxEntryBytes, Integer.MAX_VALUE, maxEntries, maxTotalBytes, Limits.MB,
                bombRatio));
    }

    static List<Entry> read(String zip, byte[] bytes, Limits limits) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new TrackerFormatException(zip + ": not a zip file");
        }
        Counting raw = new Counting(new ByteArrayInputStream(bytes));
        List<Entry> out = new ArrayList<>();
        int count = 0;
        long total = 0;
        String name = null;
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            byte[] buf = new byte[8192];
            while ((e = in.getNextEntry()) != null) {
                name = e.getName().replace('\\', '/');
                if (++count > limits.maxZipEntries()) {
                    throw fatal(zip, name, "the zip has more than " + limits.maxZipEntries() + " entries");
                }
                boolean keep = !e.isDirectory() && !ignored(name);
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                long start = raw.count;
                long size = 0;
                int r;
                while ((r = in.read(buf)) > 0) {
                    size += r;
                    total += r;
                    if (size > limits.maxFileBytes()) {
                        throw fatal(zip, name, "unpacks to more than " + Values.megabytes(limits.maxFileBytes()));
                    }
                    if (total > limits.maxZipTotalBytes()) {
                        throw fatal(zip, name, "the entries together unpack to more than "
                                + Values.megabytes(limits.maxZipTotalBytes()));
                    }
                    long compressed = raw.count - start + READ_AHEAD;
                    if (size > limits.bombMinBytes() && size / compressed > limits.bombRatio()) {
                        throw fatal(zip, name, "compressed more than " + limits.bombRatio()
                                + ":1, which is a zip bomb, not an export");
                    }
                    if (keep) {
                        data.write(buf, 0, r);
                    }
                }
                if (keep) {
                    out.add(new Entry(name, data.toByteArray()));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new TrackerFormatException(zip + ": the zip file is damaged"
                    + (name == null ? "" : " (at entry \"" + name + "\")") + ": " + e.getMessage());
        }
        return out;
    }

    private static TrackerFormatException fatal(String zip, String entry, String why) {
        return new TrackerFormatException(zip + ", entry \"" + entry + "\": " + why);
    }

    static boolean ignored(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || base.startsWith(".") || base.isEmpty();
    }

    /** Counts the compressed bytes ZipInputStream takes from the upload. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
