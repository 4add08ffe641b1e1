package org.openplate.food.importer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.openplate.food.importer.Importers.Input;
import org.openplate.food.importer.Importers.Row;
import org.openplate.food.importer.Importers.RowSource;

/**
 * The rows of one USDA SR ASCII file ('^'-separated, text in '~', ISO-8859-1, no header) keyed by
 * NDB_No, handed out in NDB_No order for the merge-join. SR documents its files as sorted, and
 * FOOD_DES, NUT_DATA and WEIGHT ship sorted: those stream in constant memory. A file that is not
 * (SR21's ABBREV.txt comes in interleaved blocks) is flagged and read through a {@link SrLineIndex}
 * (16 bytes a line, the file stays on disk) up to {@code maxIndexedLines}; a larger unsorted file
 * stops the import with the command that sorts it.
 */
final class SrRows implements RowSource, Closeable {

    /** Unsorted files up to this many lines are indexed (32 MB at most); SR28's NUT_DATA has 679k. */
    static final int DEFAULT_MAX_INDEXED_LINES = 2_000_000;

    private final Input in;
    private final SrLineIndex index;
    private final long size;
    private final IntPredicate fieldCount;
    private final String expected;
    private long line;

    private SrRows(Input in, SrLineIndex index, long size, IntPredicate fieldCount, String expected) {
        this.in = in;
        this.index = index;
        this.size = size;
        this.fieldCount = fieldCount;
        this.expected = expected;
    }

    /**
     * Opens {@code path} for the join, checking its NDB_No order first.
     *
     * @throws IllegalArgumentException when the file is unsorted and too long to index, saying how to sort it
     */
    static SrRows open(Path path, String name, IntPredicate fieldCount, String expected, int maxIndexedLines,
                       ImportReport report) throws IOException {
        SrLineIndex.Inversion bad = SrLineIndex.firstInversion(path, SrRows::key);
        if (bad == null) {
            Input input = new Input(path, name, StandardCharsets.ISO_8859_1);
            return new SrRows(input, null, input.size, fieldCount, expected);
        }
        String unsorted = name + " is not sorted by NDB_No (" + bad.key() + " after " + bad.previous() + ")";
        SrLineIndex index = SrLineIndex.build(path, SrRows::key, maxIndexedLines);
        if (index == null) {
            throw new IllegalArgumentException(unsorted + " and has more than " + maxIndexedLines + " lines to "
                    + "order in memory. Sort it by its first field and import the sorted copy, e.g. "
                    + "mkdir sorted && LC_ALL=C sort -s -t '^' -k1,1 " + name + " > sorted/" + name);
        }
        report.flag(name, bad.line(), bad.key(), unsorted + "; joined in NDB_No order through an index of its lines");
        return new SrRows(null, index, java.nio.file.Files.size(path), fieldCount, expected);
    }

    long size() {
        return size;
    }

    /** Bytes read so far (for progress). */
    long position() {
        return in != null ? in.position() : index.consumed();
    }

    @Override
    public Row next() throws IOException {
        while (true) {
            String s;
            long no;
            if (index != null) {
                if (!index.next()) {
                    return null;
                }
                no = index.line();
                s = index.text();
            } else {
                s = in.reader.readLine();
                if (s == null) {
                    return null;
                }
                no = ++line;
            }
            if (s.isBlank() || s.equals("\u001a")) {
                continue;
            }
            List<String> f = split(s);
            String key = key(s);
            if (key == null) {
                return new Row(no, null, f, "missing or malformed NDB_No '" + f.get(0) + "'");
            }
            if (!fieldCount.test(f.size())) {
                return new Row(no, key, f, "expected " + expected + " '^'-separated fields, found " + f.size());
            }
            return new Row(no, key, f, null);
        }
    }

    /** The fields of a line, without the '~' around text. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>(Arrays.asList(line.split("\\^", -1)));
        out.replaceAll(s -> s.length() >= 2 && s.startsWith("~") && s.endsWith("~") ? s.substring(1, s.length() - 1)
                : s);
        return out;
    }

    /** The NDB_No of a raw line, or null when the first field is not digits. */
    static String key(String line) {
        int caret = line.indexOf('^');
        String k = (caret < 0 ? line : line.substring(0, caret)).replace("~", "").trim();
        return k.matches("\\d+") ? k : null;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        } else {
            index.close();
        }
    }
}
