package org.openplate.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDialectTest {

    @Test
    void quotesBomLineBreaksAndLineNumbers() {
        List<Csv.Row> r = Csv.read("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\n1,,\"1,234.5\"\r\n",
                ',');
        assertEquals(List.of(new Csv.Row(1, List.of("a", "b", "c")),
                new Csv.Row(2, List.of("x, y", "say \"hi\"", "two\r\nlines")),
                new Csv.Row(5, List.of("1", "", "1,234.5"))), r);
        assertEquals(List.of(new Csv.Row(1, List.of("a", "b")), new Csv.Row(3, List.of("1", "2")),
                new Csv.Row(4, List.of("3", "4"))), Csv.read("a,b\n\n1,2\r3,4", ','));
        assertEquals(List.of(new Csv.Row(1, List.of("12\" pizza", "x"))), Csv.read("12\" pizza,x\n", ','));
        assertEquals(List.of(new Csv.Row(1, List.of("a,b", "c"))), Csv.read("a,b\tc", '\t'));
    }

    @Test
    void brokenQuotesNameTheLineTheRecordStartsOn() {
        Csv.BrokenRecordException open = assertThrows(Csv.BrokenRecordException.class,
                () -> Csv.read("a,b\n1,\"open\n2,3\n", ','));
        assertEquals(2, open.line());
        assertEquals("a quoted field is never closed (a \" is missing)", open.getMessage());
        Csv.BrokenRecordException tail = assertThrows(Csv.BrokenRecordException.class,
                () -> Csv.read("a,b\n\n\"q\"x,3\n", ','));
        assertEquals(3, tail.line());
        assertEquals("unexpected text after a closing quote (a \" inside a quoted field must be doubled)",
                tail.getMessage());
        java.util.List<Csv.Row> lenient = new java.util.ArrayList<>();
        Csv.rows(new java.io.StringReader("\"q\"x,3\n"), ',', Csv.Quotes.LENIENT).forEachRemaining(lenient::add);
        assertEquals(List.of(new Csv.Row(1, List.of("qx", "3"))), lenient);
        java.util.List<Csv.Row> unquoted = new java.util.ArrayList<>();
        Csv.rows(new java.io.StringReader("12\" \"pizza\tx\n\"open\ty\n"), '\t', Csv.Quotes.NONE)
                .forEachRemaining(unquoted::add);
        assertEquals(List.of(new Csv.Row(1, List.of("12\" \"pizza", "x")), new Csv.Row(2, List.of("\"open", "y"))),
                unquoted);
    }

    @Test
    void writingQuotesWhatNeedsItAndNeutralisesFormulas() {
        StringBuilder out = new StringBuilder();
        Csv.row(out, List.of("2026-01-01", "a,b", Csv.text("=SUM(A1)"), "say \"hi\"", "-250", ""));
        assertEquals("2026-01-01,\"a,b\",\"'=SUM(A1)\",\"say \"\"hi\"\"\",-250,\r\n", out.toString());
        assertEquals(List.of(new Csv.Row(1, List.of("2026-01-01", "a,b", "'=SUM(A1)", "say \"hi\"", "-250", ""))),
                Csv.read(out.toString(), ','));
        assertEquals("'@x", Csv.text("@x"));
        assertEquals("plain", Csv.text("plain"));
    }
}
