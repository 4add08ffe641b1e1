package org.openplate.food.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields separated by a separator (',' by default); a field that starts with a
 * double quote is quoted and may contain separators, line breaks and doubled quotes ({@code ""}).
 * A quote inside an unquoted field is kept as a literal character (lenient, as spreadsheets write it).
 */
public final class CsvLine {

    /** A quoted field may span at most this many physical lines… */
    static final int MAX_RECORD_LINES = 100;
    /** …and this many characters; beyond either the record is treated as one broken line. */
    static final int MAX_RECORD_CHARS = 100_000;

    private CsvLine() {
    }

    /** Splits a comma-separated record. */
    public static List<String> parse(String record) {
        return parse(record, ',');
    }

    /**
     * Splits one record into its fields.
     *
     * @throws IllegalArgumentException with a reason when a quoted field is not closed or is
     *                                  followed by something other than the separator
     */
    public static List<String> parse(String record, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = record.length();
        while (true) {
            field.setLength(0);
            if (i < n && record.charAt(i) == '"') {
                int start = i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unterminated quoted field starting at character "
                                + (start + 1));
                    }
                    char c = record.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < n && record.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < n && record.charAt(i) != separator) {
                    throw new IllegalArgumentException("unexpected '" + record.charAt(i)
                            + "' after a closing quote at character " + (i + 1));
                }
            } else {
                while (i < n && record.charAt(i) != separator) {
                    field.append(record.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++;
        }
    }

    /** True when {@code text} ends inside an open quoted field (the record continues on the next line). */
    static boolean unterminated(CharSequence text, char separator) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
            } else if (c == separator) {
                fieldStart = true;
            } else {
                inQuotes = c == '"' && fieldStart;
                fieldStart = false;
            }
        }
        return inQuotes;
    }

    /**
     * Reads records from lines, joining physical lines while a quoted field is open. A record that
     * is still open after {@link #MAX_RECORD_LINES} lines, {@link #MAX_RECORD_CHARS} characters or
     * at the end of the input is handed back as its first line alone, so {@link #parse} reports the
     * broken quote for that one row and reading resumes on the next line.
     */
    public static final class Reader {
        private final BufferedReader in;
        private final char separator;
        private long lines;
        private long recordLine;

        public Reader(BufferedReader in, char separator) {
            this.in = in;
            this.separator = separator;
        }

        /** The next record's text (lines joined with '\n'), or null at the end of the input. */
        public String next() throws IOException {
            String first = in.readLine();
            if (first == null) {
                return null;
            }
            recordLine = ++lines;
            if (!unterminated(first, separator)) {
                return first;
            }
            in.mark(2 * MAX_RECORD_CHARS + 65_536);
            StringBuilder sb = new StringBuilder(first);
            int extra = 0;
            while (extra < MAX_RECORD_LINES && sb.length() < MAX_RECORD_CHARS) {
                String more = in.readLine();
                if (more == null) {
                    break;
                }
                extra++;
                sb.append('\n').append(more);
                if (!unterminated(sb, separator)) {
                    lines += extra;
                    return sb.toString();
                }
            }
            try {
                in.reset();
                return first;
            } catch (IOException markLost) {
                lines += extra;
                return sb.toString();
            }
        }

        /** The 1-based physical line on which the last record returned by {@link #next} started. */
        public long line() {
            return recordLine;
        }
    }
}
