package org.openplate.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvStreamTest {

    private static CsvStream stream(String text) {
        return new CsvStream(new BufferedReader(new StringReader(text)), ',');
    }

    @Test
    void quotedLineBreaksJoinAndRecordsKeepTheirFirstPhysicalLine() throws IOException {
        CsvStream r = stream("h1,h2\r\n\"multi\r\nline\",1\r\n\r\nlast,\"say \"\"hi\"\"\"\r\n12\" pizza,3");
        assertEquals(new CsvStream.Record(1, List.of("h1", "h2"), null), r.next());
        assertEquals(new CsvStream.Record(2, List.of("multi\nline", "1"), null), r.next());
        assertEquals(new CsvStream.Record(5, List.of("last", "say \"hi\""), null), r.next());
        assertEquals(new CsvStream.Record(6, List.of("12\" pizza", "3"), null), r.next());
        assertNull(r.next());
    }

    @Test
    void aQuoteThatNeverClosesBreaksOnlyItsFirstLine() throws IOException {
        CsvStream r = stream("a,\"broken\nb,1\nc,2\n");
        assertEquals(new CsvStream.Record(1, List.of(), "unterminated quoted field starting at character 3"), r.next());
        assertEquals(new CsvStream.Record(2, List.of("b", "1"), null), r.next());
        assertEquals(new CsvStream.Record(3, List.of("c", "2"), null), r.next());
        assertNull(r.next());
    }

    @Test
    void textAfterAClosingQuoteBreaksThatRecordOnly() throws IOException {
        CsvStream r = stream("a,b\n\"quoted\"tail,b\n\"x\",\"two\nlines\"z\nok,1\n");
        assertEquals(List.of("a", "b"), r.next().fields());
        assertEquals(new CsvStream.Record(2, List.of(), "unexpected 't' after a closing quote at character 9"),
                r.next());
        assertEquals(new CsvStream.Record(3, List.of(), "unexpected 'z' after a closing quote at character 16"),
                r.next());
        assertEquals(new CsvStream.Record(5, List.of("ok", "1"), null), r.next());
        assertNull(r.next());
    }

    @Test
    void joiningStopsAfterTheLineLimit() throws IOException {
        StringBuilder sb = new StringBuilder("x,\"open\n");
        for (int i = 0; i < CsvStream.MAX_RECORD_LINES + 5; i++) {
            sb.append("row").append(i).append('\n');
        }
        CsvStream r = stream(sb.toString());
        assertEquals(1, r.next().line());
        assertEquals(new CsvStream.Record(2, List.of("row0"), null), r.next());
        assertEquals(new CsvStream.Record(3, List.of("row1"), null), r.next());
    }

    @Test
    void joiningStopsAfterTheCharacterLimit() throws IOException {
        String big = "y".repeat(CsvStream.MAX_RECORD_CHARS);
        CsvStream r = stream("x,\"open\n" + big + "\nnext,1\n");
        assertEquals(1, r.next().line());
        assertEquals(new CsvStream.Record(2, List.of(big), null), r.next());
        assertEquals(new CsvStream.Record(3, List.of("next", "1"), null), r.next());
        assertNull(r.next());
    }

    @Test
    void aFailingDiskIsAnErrorNotABrokenRecord() throws IOException {
        java.io.Reader failing = new java.io.Reader() {
            private boolean once;

            @Override
            public int read(char[] b, int off, int len) throws IOException {
                if (once) {
                    throw new IOException("disk gone");
                }
                once = true;
                "a,b\n".getChars(0, 4, b, off);
                return 4;
            }

            @Override
            public void close() {
            }
        };
        CsvStream r = new CsvStream(new BufferedReader(failing, 4), ',');
        assertEquals(List.of("a", "b"), r.next().fields());
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, r::next);
        assertEquals("disk gone", e.getMessage());
    }
}
