package org.openplate.transfer.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesCommasDoubledQuotesAndLineBreaksInsideQuotes() {
        String text = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n1,,\"1,234.5\"\r\n";
        List<Csv.Record> r = Csv.read("t.csv", text.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
        assertEquals(3, r.size());
        assertEquals(List.of("a", "b", "c"), r.get(0).fields());
        assertEquals(List.of("x, y", "say \"hi\"", "two\r\nlines"), r.get(1).fields());
        assertEquals(2, r.get(1).line());
        assertEquals(List.of("1", "", "1,234.5"), r.get(2).fields());
        assertEquals(4, r.get(2).line(), "a record after a quoted line break starts one line later");
    }

    @Test
    void lfAndCrLineEndsAndBlankLines() {
        List<Csv.Record> r = Csv.parse("t.csv", "a,b\n\n1,2\r3,4", 100);
        assertEquals(3, r.size());
        assertEquals(List.of("3", "4"), r.get(2).fields());
        assertEquals(4, r.get(2).line());
    }

    @Test
    void unclosedQuoteIsFatalNamingFileAndRow() {
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> Csv.parse("servings.csv", "a,b\n1,\"open\n2,3\n", 100));
        assertTrue(e.getMessage().startsWith("servings.csv row 2:"), e.getMessage());
        assertEquals("file", e.field());
    }

    @Test
    void tooManyRowsIsFatal() {
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> Csv.parse("notes.csv", "a\n1\n2\n3\n", 3));
        assertTrue(e.getMessage().contains("notes.csv") && e.getMessage().contains("more than 3 rows"),
                e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsFatal() {
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> Csv.read("Nutrition-Summary-2024.csv", big, Limits.DEFAULT));
        assertTrue(e.getMessage().startsWith("Nutrition-Summary-2024.csv: the file is 21.0 MB; at most 20.0 MB"),
                e.getMessage());
    }

    @Test
    void numbersWithThousandsSeparators() {
        assertEquals(1234.5, Values.number("x", "1,234.5"));
        assertEquals(-250.0, Values.number("x", "-250"));
        assertEquals(null, Values.number("x", " "));
        RowException e = assertThrows(RowException.class, () -> Values.number("Calories", "12a"));
        assertEquals("Calories \"12a\" is not a number", e.getMessage());
        assertThrows(RowException.class, () -> Values.number("Calories", "1,23"));
        assertThrows(RowException.class, () -> Values.number("Calories", "1.2.3"));
        assertThrows(RowException.class, () -> Values.number("Calories", "."));
        assertEquals(150.0, Values.number("x", "150.00"));
    }
}
