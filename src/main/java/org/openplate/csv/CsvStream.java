package org.openplate.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of a large file in the dialect of {@link Csv} (strict quotes) with bounded
 * memory and recovery: a quoted field may span at most {@link #MAX_RECORD_LINES} lines and
 * {@link #MAX_RECORD_CHARS} characters. A record still open beyond that (or at the end of the file)
 * is reported as its first line alone, and reading resumes on the next line; a record with text
 * after a closing quote is reported and reading resumes after it. Commons CSV does the parsing; this
 * class feeds it one physical line at a time so that it can cap and replay lines.
 */
public final class CsvStream implements Closeable {

    /** A quoted field may span at most this many physical lines… */
    public static final int MAX_RECORD_LINES = 100;
    /** …and this many characters; beyond either the record is treated as one broken line. */
    public static final int MAX_RECORD_CHARS = 100_000;

    /** A record: the line it starts on, and its fields or (fields empty) the reason it cannot be read. */
    public record Record(long line, List<String> fields, String error) {
    }

    private record Line(long no, String text, long offset) {
    }

    private static final Pattern POSITION = Pattern.compile("position: ([\\d,.\\s\u00a0\u202f]+)");

    private final BufferedReader in;
    private final char separator;
    private final Deque<Line> replay = new ArrayDeque<>();
    private final Deque<Line> open = new ArrayDeque<>();
    private long lastLine;
    private long recordEnd;
    private long parserLineBase;
    private long fed;
    private long openChars;
    private CSVParser parser;
    private Iterator<CSVRecord> records;

    public CsvStream(BufferedReader in, char separator) {
        this.in = in;
        this.separator = separator;
        restart();
    }

    /** The next record (blank lines skipped), or null at the end of the input. */
    public Record next() throws IOException {
        while (true) {
            long start = recordEnd + 1;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord r = records.next();
                recordEnd = parserLineBase + parser.getCurrentLineNumber();
                if (!open.isEmpty() && open.peekLast().no() <= recordEnd) {
                    open.clear();
                    openChars = 0;
                } else {
                    while (!open.isEmpty() && open.peekFirst().no() <= recordEnd) {
                        openChars -= open.pollFirst().text().length() + 1;
                    }
                }
                if (r.size() > 1 || !r.get(0).isBlank()) {
                    return new Record(start, r.toList(), null);
                }
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CSVException)) {
                    throw e.getCause();
                }
                return recover(start, e.getCause().getMessage());
            }
        }
    }

    /** Reports the broken record starting on {@code start} and sets reading up to resume after it. */
    private Record recover(long start, String message) {
        String m = String.valueOf(message);
        Line first = open.stream().filter(l -> l.no() == start).findFirst().orElse(null);
        String reason;
        long resume;
        if (m.contains("EOF reached before encapsulated token finished")) {
            int quote = first == null ? -1 : first.text().indexOf('"');
            reason = "unterminated quoted field starting at character " + (quote + 1);
            resume = start + 1;
        } else {
            Matcher p = POSITION.matcher(m);
            long at = p.find() && first != null ? Long.parseLong(p.group(1).replaceAll("\\D", "")) - first.offset() : -1;
            String text = String.join("\n", open.stream().filter(l -> l.no() >= start).map(Line::text).toList());
            reason = at >= 1 && at <= text.length() ? "unexpected '" + text.charAt((int) at - 1)
                    + "' after a closing quote at character " + at : "unreadable record (a \" inside a quoted field "
                    + "must be doubled)";
            resume = open.stream().mapToLong(Line::no).max().orElse(start) + 1;
        }
        List<Line> again = open.stream().filter(l -> l.no() >= resume).toList();
        for (int i = again.size() - 1; i >= 0; i--) {
            replay.addFirst(again.get(i));
        }
        open.clear();
        openChars = 0;
        recordEnd = resume - 1;
        restart();
        return new Record(start, List.of(), reason);
    }

    private void restart() {
        parserLineBase = recordEnd;
        fed = 0;
        try {
            parser = CSVParser.builder().setReader(new Feed()).setFormat(Csv.format(separator, Csv.Quotes.STRICT))
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records = parser.iterator();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Hands the parser one line per read, stopping (as an end of input) when a record grows too long. */
    private final class Feed extends Reader {
        private String pending = "";
        private int at;
        private boolean lineEnd;

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (at >= pending.length()) {
                if (lineEnd) {
                    lineEnd = false;
                    buf[off] = '\n';
                    return 1;
                }
                Line next = nextLine();
                if (next == null) {
                    return -1;
                }
                pending = next.text();
                at = 0;
                lineEnd = true;
                if (pending.isEmpty()) {
                    lineEnd = false;
                    buf[off] = '\n';
                    return 1;
                }
            }
            int n = Math.min(len, pending.length() - at);
            pending.getChars(at, at + n, buf, off);
            at += n;
            return n;
        }

        private Line nextLine() throws IOException {
            if (open.size() >= MAX_RECORD_LINES || openChars >= MAX_RECORD_CHARS) {
                return null;
            }
            Line l;
            if (!replay.isEmpty()) {
                Line r = replay.poll();
                l = new Line(r.no(), r.text(), fed);
            } else {
                String text = in.readLine();
                if (text == null) {
                    return null;
                }
                l = new Line(++lastLine, text, fed);
            }
            fed += l.text().length() + 1;
            openChars += l.text().length() + 1;
            open.add(l);
            return l;
        }

        @Override
        public void close() {
            // the stream owns the underlying reader
        }
    }
}
