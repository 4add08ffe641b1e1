package org.openplate.food.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void plainFields() {
        assertEquals(List.of("a", "b", "c"), CsvLine.parse("a,b,c"));
        assertEquals(List.of("", "b", ""), CsvLine.parse(",b,"));
        assertEquals(List.of(""), CsvLine.parse(""));
        assertEquals(List.of(" a ", " b"), CsvLine.parse(" a , b"));
    }

    @Test
    void quotedFields() {
        assertEquals(List.of("Granola, honey", "471"), CsvLine.parse("\"Granola, honey\",471"));
        assertEquals(List.of("Pizza, 12\" margherita"), CsvLine.parse("\"Pizza, 12\"\" margherita\""));
        assertEquals(List.of("", "x"), CsvLine.parse("\"\",x"));
        assertEquals(List.of("\"", ""), CsvLine.parse("\"\"\"\","));
        assertEquals(List.of("two\nlines", "1"), CsvLine.parse("\"two\nlines\",1"));
        // a quote that does not open a field is an ordinary character
        assertEquals(List.of("12\" pizza", "x"), CsvLine.parse("12\" pizza,x"));
    }

    @Test
    void otherSeparator() {
        assertEquals(List.of("a,b", "c"), CsvLine.parse("a,b\tc", '\t'));
        assertEquals(List.of("a\tb", "c"), CsvLine.parse("\"a\tb\"\tc", '\t'));
    }

    @Test
    void malformedQuotesAreErrors() {
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
                () -> CsvLine.parse("a,\"never closed"));
        assertEquals("unterminated quoted field starting at character 3", open.getMessage());
        IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
                () -> CsvLine.parse("\"quoted\"tail,b"));
        assertEquals("unexpected 't' after a closing quote at character 9", after.getMessage());
    }

    @Test
    void unterminatedDetection() {
        assertEquals(false, CsvLine.unterminated("a,\"b,c\",d", ','));
        assertEquals(true, CsvLine.unterminated("a,\"b,c", ','));
        assertEquals(true, CsvLine.unterminated("a,\"b\"\"", ','));
        assertEquals(false, CsvLine.unterminated("a,b\"c", ','));
    }

    @Test
    void readerJoinsQuotedLineBreaksAndCountsPhysicalLines() throws IOException {
        CsvLine.Reader r = new CsvLine.Reader(new BufferedReader(new StringReader(
                "h1,h2\r\n\"multi\r\nline\",1\r\nlast,2\r\n")), ',');
        assertEquals("h1,h2", r.next());
        assertEquals(1, r.line());
        assertEquals("\"multi\nline\",1", r.next());
        assertEquals(2, r.line());
        assertEquals("last,2", r.next());
        assertEquals(4, r.line());
        assertNull(r.next());
    }

    @Test
    void readerGivesUpOnAQuoteThatNeverClosesAndResumesOnTheNextLine() throws IOException {
        CsvLine.Reader r = new CsvLine.Reader(new BufferedReader(new StringReader(
                "a,\"broken\nb,1\nc,2\n")), ',');
        String broken = r.next();
        assertEquals("a,\"broken", broken);
        assertEquals(1, r.line());
        assertThrows(IllegalArgumentException.class, () -> CsvLine.parse(broken));
        assertEquals("b,1", r.next());
        assertEquals(2, r.line());
        assertEquals("c,2", r.next());
        assertEquals(3, r.line());
        assertNull(r.next());
    }

    @Test
    void readerStopsJoiningAfterTheLineLimit() throws IOException {
        StringBuilder sb = new StringBuilder("x,\"open\n");
        for (int i = 0; i < CsvLine.MAX_RECORD_LINES + 5; i++) {
            sb.append("row").append(i).append('\n');
        }
        CsvLine.Reader r = new CsvLine.Reader(new BufferedReader(new StringReader(sb.toString())), ',');
        assertEquals("x,\"open", r.next());
        assertEquals("row0", r.next());
        assertEquals(2, r.line());
    }
}
