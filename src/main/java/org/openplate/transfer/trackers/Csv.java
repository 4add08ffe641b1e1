package org.openplate.transfer.trackers;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes (with doubled quotes
 * and line breaks inside), CRLF, LF or CR line ends, UTF-8 with or without a byte order mark. It is
 * lenient where the RFC is strict (a stray quote inside an unquoted field is kept as a character).
 */
final class Csv {

    /** One record and the 1-based line it starts on. Blank lines are not records. */
    record Record(int line, List<String> fields) {
    }

    private Csv() {
    }

    static List<Record> read(String file, byte[] bytes, Limits limits) {
        if (bytes.length > limits.maxFileBytes()) {
            throw new TrackerFormatException(file + ": the file is " + Values.megabytes(bytes.length)
                    + "; at most " + Values.megabytes(limits.maxFileBytes()) + " is accepted");
        }
        return parse(file, decode(bytes), limits.maxRows());
    }

    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
    }

    static List<Record> parse(String file, String text, int maxRows) {
        List<Record> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean anyQuote = false;
            boolean fieldQuoted = false;
            while (true) {
                if (i >= n) {
                    if (quoted) {
                        throw new TrackerFormatException(file + " row " + start
                                + ": a quoted field is never closed (a \" is missing)");
                    }
                    fields.add(f.toString());
                    break;
                }
                char c = text.charAt(i);
                boolean crlf = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n';
                if (quoted) {
                    if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i += 2;
                    } else if (c == '"') {
                        quoted = false;
                        i++;
                    } else {
                        if (c == '\n' || (c == '\r' && !crlf)) {
                            line++;
                        }
                        f.append(c);
                        i++;
                    }
                } else if (c == '"' && f.length() == 0 && !fieldQuoted) {
                    quoted = true;
                    fieldQuoted = true;
                    anyQuote = true;
                    i++;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                    fieldQuoted = false;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    fields.add(f.toString());
                    i += crlf ? 2 : 1;
                    line++;
                    break;
                } else {
                    f.append(c);
                    i++;
                }
            }
            boolean blank = fields.size() == 1 && fields.get(0).isBlank() && !anyQuote;
            if (!blank) {
                if (out.size() >= maxRows) {
                    throw new TrackerFormatException(file + ": more than " + maxRows
                            + " rows; split the export into smaller date ranges");
                }
                out.add(new Record(start, List.copyOf(fields)));
            }
        }
        return out;
    }
}
