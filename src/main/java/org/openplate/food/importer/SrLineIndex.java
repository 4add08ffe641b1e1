package org.openplate.food.importer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The lines of an ISO-8859-1 text file in key order, without copying the file: one pass records
 * each line's byte offset and packs (key order, line index) into a long, the longs are sorted, and
 * each line is then read at its offset. Memory is 16 bytes a line (the file itself stays on disk);
 * equal keys keep file order and lines without a key come first. Keys are digit strings compared as
 * {@link Importers#KEY_ORDER} does (shorter first); keys of more than 9 digits all sort last.
 */
final class SrLineIndex implements Closeable {

    /** The first line whose key is smaller than the one before it. */
    record Inversion(long line, String key, String previous) {
    }

    private static final int LINE_BITS = 29;
    /** The most lines an index can hold (the packing leaves 29 bits for the line index). */
    static final int MAX_LINES = (1 << LINE_BITS) - 1;

    private final FileChannel channel;
    private final long[] starts;
    private final long[] order;
    private final int count;
    private int next;
    private long consumed;

    private SrLineIndex(Path file, long[] starts, long[] order, int count) throws IOException {
        this.channel = FileChannel.open(file);
        this.starts = starts;
        this.order = order;
        this.count = count;
    }

    /** Scans a file for the first key out of order; null when it is sorted. Constant memory. */
    static Inversion firstInversion(Path file, Function<String, String> keyOf) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String previous = null;
            long no = 0;
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                no++;
                String k = s.isBlank() ? null : keyOf.apply(s);
                if (k != null) {
                    if (previous != null && Importers.KEY_ORDER.compare(k, previous) < 0) {
                        return new Inversion(no, k, previous);
                    }
                    previous = k;
                }
            }
            return null;
        }
    }

    /**
     * Indexes {@code file} by the key of each non-blank line ({@code keyOf} gets the text before the
     * first '^'), or returns null when the file has more than {@code maxLines} lines.
     */
    static SrLineIndex build(Path file, Function<String, String> keyOf, int maxLines) throws IOException {
        long[] starts = new long[1024];
        long[] order = new long[1024];
        int lines = 0;
        int keyed = 0;
        StringBuilder head = new StringBuilder();
        boolean inHead = true;
        boolean blank = true;
        long pos = 0;
        long start = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65_536)) {
            while (true) {
                int b = in.read();
                if (b == -1 && pos == start) {
                    break;
                }
                if (b == '\n' || b == -1) {
                    if (lines >= Math.min(maxLines, MAX_LINES)) {
                        return null;
                    }
                    starts = grow(starts, lines + 2);
                    starts[lines] = start;
                    if (!blank) {
                        order = grow(order, keyed + 1);
                        order[keyed++] = rank(keyOf.apply(head.toString())) << LINE_BITS | lines;
                    }
                    lines++;
                    if (b == -1) {
                        break;
                    }
                    start = pos + 1;
                    head.setLength(0);
                    inHead = true;
                    blank = true;
                } else {
                    if (inHead && b == '^') {
                        inHead = false;
                    } else if (inHead && head.length() < 32) {
                        head.append((char) b);
                    }
                    blank &= Character.isWhitespace(b) || b == 0x1a;
                }
                pos++;
            }
        }
        starts = grow(starts, lines + 1);
        starts[lines] = pos;
        Arrays.sort(order, 0, keyed);
        return new SrLineIndex(file, starts, order, keyed);
    }

    private static long rank(String key) {
        if (key == null) {
            return 0;
        }
        return key.length() > 9 ? 10_000_000_000L : key.length() * 1_000_000_000L + Long.parseLong(key);
    }

    private static long[] grow(long[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    /** Advances to the next line in key order; false at the end. */
    boolean next() {
        if (next >= count) {
            return false;
        }
        next++;
        return true;
    }

    /** The current line's 1-based number in the file. */
    long line() {
        return index() + 1;
    }

    /** The current line's text, without its line end. */
    String text() throws IOException {
        int i = index();
        ByteBuffer buf = ByteBuffer.allocate((int) (starts[i + 1] - starts[i]));
        while (buf.hasRemaining() && channel.read(buf, starts[i] + buf.position()) > 0) {
            // read until the line is complete
        }
        consumed += buf.capacity();
        int n = buf.position();
        while (n > 0 && (buf.get(n - 1) == '\n' || buf.get(n - 1) == '\r')) {
            n--;
        }
        return new String(buf.array(), 0, n, StandardCharsets.ISO_8859_1);
    }

    /** Bytes of the lines handed out so far (for progress). */
    long consumed() {
        return consumed;
    }

    private int index() {
        return (int) (order[next - 1] & MAX_LINES);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
