package org.openplate.transfer.trackers;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
        List<Entry> out = new ArrayList<>();
        walk(zip, new ByteArrayInputStream(bytes), limits, (name, data) -> out.add(new Entry(name, data.readAllBytes())));
        return out;
    }

    /** Reads one entry's inflated bytes; they are counted against the limits as they are read. */
    @FunctionalInterface
    public interface EntryReader {
        void read(String path, InputStream data) throws IOException;
    }

    /**
     * Streams the zip without holding it: each file entry (not directories or ignored files) is handed
     * to {@code reader} as a stream that enforces the limits while inflating; whatever the reader
     * leaves unread is drained and counted too. Memory use does not depend on the zip's size.
     */
    public static void walk(String zip, InputStream bytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                            int bombRatio, EntryReader reader) {
        walk(zip, bytes, new Limits(maxEntryBytes, Integer.MAX_VALUE, maxEntries, maxTotalBytes, Limits.MB, bombRatio),
                reader);
    }

    static void walk(String zip, InputStream bytes, Limits limits, EntryReader reader) {
        Counting raw = new Counting(bytes);
        int count = 0;
        long[] total = {0};
        String name = null;
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                name = e.getName().replace('\\', '/');
                if (++count > limits.maxZipEntries()) {
                    throw fatal(zip, name, "the zip has more than " + limits.maxZipEntries() + " entries");
                }
                Checked data = new Checked(in, raw, zip, name, limits, total);
                if (!e.isDirectory() && !ignored(name)) {
                    reader.read(name, data);
                }
                data.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new TrackerFormatException(zip + ": the zip file is damaged"
                    + (name == null ? "" : " (at entry \"" + name + "\")") + ": " + e.getMessage());
        }
    }

    /** One entry's inflated bytes, checked against the limits on every read. */
    private static final class Checked extends InputStream {
        private final ZipInputStream in;
        private final Counting raw;
        private final String zip;
        private final String name;
        private final Limits limits;
        private final long[] total;
        private final long start;
        private long size;

        Checked(ZipInputStream in, Counting raw, String zip, String name, Limits limits, long[] total) {
            this.in = in;
            this.raw = raw;
            this.zip = zip;
            this.name = name;
            this.limits = limits;
            this.total = total;
            this.start = raw.count;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = in.read(b, off, len);
            if (r <= 0) {
                return r;
            }
            size += r;
            total[0] += r;
            if (size > limits.maxFileBytes()) {
                throw fatal(zip, name, "unpacks to more than " + Values.megabytes(limits.maxFileBytes()));
            }
            if (total[0] > limits.maxZipTotalBytes()) {
                throw fatal(zip, name, "the entries together unpack to more than "
                        + Values.megabytes(limits.maxZipTotalBytes()));
            }
            long compressed = raw.count - start + READ_AHEAD;
            if (size > limits.bombMinBytes() && size / compressed > limits.bombRatio()) {
                throw fatal(zip, name, "compressed more than " + limits.bombRatio()
                        + ":1, which is a zip bomb, not an export");
            }
            return r;
        }

        @Override
        public void close() {
            // the zip stream stays open for the next entry
        }
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
