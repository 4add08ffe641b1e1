package org.openplate.transfer.trackers;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Tracker exports read in the app's CSV dialect ({@link org.openplate.csv.Csv}, lenient quotes: text
 * after a closing quote stays in the field), within the import's size and row limits. UTF-8 with or
 * without a byte order mark; undecodable bytes become U+FFFD.
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
            return org.openplate.csv.Csv.withoutBom(s);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
    }

    static List<Record> parse(String file, String text, int maxRows) {
        List<Record> out = new ArrayList<>();
        try {
            var rows = org.openplate.csv.Csv.rows(new StringReader(text), ',', org.openplate.csv.Csv.Quotes.LENIENT);
            while (rows.hasNext()) {
                org.openplate.csv.Csv.Row r = rows.next();
                if (out.size() >= maxRows) {
                    throw new TrackerFormatException(file + ": more than " + maxRows
                            + " rows; split the export into smaller date ranges");
                }
                out.add(new Record((int) r.line(), r.fields()));
            }
        } catch (org.openplate.csv.Csv.BrokenRecordException e) {
            throw new TrackerFormatException(file + " row " + e.line() + ": " + e.getMessage());
        }
        return out;
    }
}
