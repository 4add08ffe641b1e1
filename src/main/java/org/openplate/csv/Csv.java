package org.openplate.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The app's one CSV dialect, over Apache Commons CSV: RFC 4180 quoting (fields in double quotes
 * may hold separators, doubled quotes and line breaks; a quote inside an unquoted field is kept as
 * a character), CRLF, LF or CR line ends, a UTF-8 byte order mark ignored, blank lines skipped,
 * and each record numbered by the physical line it starts on. Writing neutralises text cells that
 * a spreadsheet would run as a formula (OWASP, "CSV Injection").
 */
public final class Csv {

    /** One record and the 1-based line it starts on. */
    public record Row(long line, List<String> fields) {
    }

    /** A record that cannot be read (e.g. a quote never closed), with the line it starts on. */
    public static final class BrokenRecordException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long line;

        BrokenRecordException(long line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }

        /** The 1-based line the broken record starts on. */
        public long line() {
            return line;
        }
    }

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

    private Csv() {
    }

    /** How strict reading is about text after a closing quote ({@code "a"b}). */
    public enum Quotes {
        /** A broken record (an importer rejects the row and reads on). */
        STRICT,
        /** Kept as part of the field, as spreadsheets and trackers' exports write it. */
        LENIENT,
        /** No quoting at all: a '"' is an ordinary character (Open Food Facts' tab-separated export). */
        NONE
    }

    /** The reading format for a separator (',' for CSV, '\t' or ';' for their cousins). */
    public static CSVFormat format(char separator, Quotes quotes) {
        CSVFormat.Builder b = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setTrailingData(quotes == Quotes.LENIENT);
        return (quotes == Quotes.NONE ? b.setQuote(null) : b).get();
    }

    /** Text without a leading byte order mark. */
    public static String withoutBom(String text) {
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Every non-blank record of {@code text}, with its line. */
    public static List<Row> read(String text, char separator) {
        List<Row> out = new ArrayList<>();
        rows(new StringReader(withoutBom(text == null ? "" : text)), separator, Quotes.STRICT)
                .forEachRemaining(out::add);
        return out;
    }

    /**
     * Streams the non-blank records of {@code in}. A record that cannot be read ends the stream with
     * a {@link BrokenRecordException} naming its first line; an I/O failure is an {@link UncheckedIOException}.
     */
    public static Iterator<Row> rows(Reader in, char separator, Quotes quotes) {
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(in).setFormat(format(separator, quotes)).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private long end;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    long start = end + 1;
                    try {
                        if (!records.hasNext()) {
                            return false;
                        }
                        CSVRecord r = records.next();
                        end = parser.getCurrentLineNumber();
                        if (r.size() > 1 || !r.get(0).isBlank()) {
                            next = new Row(start, r.toList());
                        }
                    } catch (UncheckedIOException e) {
                        if (!(e.getCause() instanceof CSVException)) {
                            throw e;
                        }
                        throw new BrokenRecordException(start, reason(e));
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    private static String reason(RuntimeException e) {
        String m = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed (a \" is missing)";
        }
        if (m.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return "unexpected text after a closing quote (a \" inside a quoted field must be doubled)";
        }
        return "unreadable record: " + m;
    }

    /**
     * A text cell (a name the user typed or imported) made safe for spreadsheets: one starting with
     * {@code = + - @}, TAB or CR would be run as a formula, so it gets a leading single quote (OWASP,
     * "CSV Injection"). Numbers are not passed through here: a negative number stays a number.
     */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /**
     * Appends one RFC 4180 record: fields with commas, quotes or line breaks are quoted, and so is a
     * cell that {@link #text} neutralised (starting with a single quote); the record ends in CRLF.
     */
    public static void row(StringBuilder out, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                String f = fields.get(i) == null ? "" : fields.get(i);
                if (f.startsWith("'")) {
                    out.append(i > 0 ? "," : "").append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    WRITE.print(f, out, i == 0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringBuilder
        }
        out.append("\r\n");
    }
}
