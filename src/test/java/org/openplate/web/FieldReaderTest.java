package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.common.BadInputException;

class FieldReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonNumbersAreReadAsNumbersAndNullIsAbsent() {
        FieldReader f = FieldReader.json(JSON, "{\"kg\": 72.25, \"n\": 3, \"note\": null, \"on\": true}");
        assertEquals(72.25, f.number("kg", 0, 500));
        assertEquals(3, f.integer("n", 1, 5));
        assertNull(f.text("note"));
        assertTrue(f.sent("note"));
        assertFalse(f.sent("other"));
        assertTrue(f.bool("on", false));
    }

    @Test
    void wrongValuesNameTheFieldAndTheRange() {
        FieldReader f = FieldReader.json(JSON, "{\"kg\": 900, \"n\": 2.5, \"list\": [1], \"d\": \"1st May\"}");
        BadInputException kg = assertThrows(BadInputException.class, () -> f.number("kg", 0, 500));
        assertEquals("kg", kg.field());
        assertEquals("Kg must be between 0 and 500.", kg.getMessage());
        assertEquals("N must be a whole number from 1 to 5.",
                assertThrows(BadInputException.class, () -> f.integer("n", 1, 5)).getMessage());
        assertEquals("List must be a string or a number.",
                assertThrows(BadInputException.class, () -> f.text("list")).getMessage());
        assertEquals("D must be a date as yyyy-mm-dd.",
                assertThrows(BadInputException.class, () -> f.date("d")).getMessage());
    }

    @Test
    void notAnObjectIsRefused() {
        for (String body : new String[] {"[1]", "3", "not json", ""}) {
            assertEquals("The body must be a JSON object.",
                    assertThrows(BadInputException.class, () -> FieldReader.json(JSON, body)).getMessage(), body);
        }
    }

    @Test
    void formTextIsCheckedForControlCharactersAndBlankIsAbsent() {
        FieldReader f = FieldReader.of(Map.of("name", "a\u0000b", "date", "2026-11-30", "blank", "  ", "x", "1e3"));
        assertEquals("name", assertThrows(BadInputException.class, () -> f.text("name")).field());
        assertEquals(LocalDate.of(2026, 11, 30), f.date("date"));
        assertNull(f.number("blank", 0, 1));
        assertEquals(1000.0, f.number("x", 0, 1000));
        assertEquals("X must be more than 0 and at most 10.",
                assertThrows(BadInputException.class, () -> f.number("x", Double.MIN_VALUE, 10)).getMessage());
    }

    @Test
    void notesMayHoldLineBreaksOnlyWhereAllowed() {
        FieldReader f = FieldReader.of(Map.of("note", "line 1\nline 2", "name", "a\nb"), "note");
        assertEquals("line 1\nline 2", f.text("note"));
        assertThrows(BadInputException.class, () -> f.text("name"));
    }

    @Test
    void collectingModeGathersEveryWrongFieldInFormOrder() {
        FieldReader f = FieldReader.of(Map.of("kg", "900", "n", "x", "d", "May", "name", "a\u0000b", "ok", "3"))
                .collecting();
        assertNull(f.number("kg", 0, 500));
        assertNull(f.integer("n", 1, 5));
        assertNull(f.date("d"));
        assertNull(f.text("name"));
        assertEquals(3, f.integer("ok", 1, 5));
        f.reject("kg", "a second message for kg is not added");
        f.reject(null, "The request as a whole is wrong.");
        BadInputException e = assertThrows(BadInputException.class, f::finish);
        assertEquals(java.util.List.of("kg", "n", "d", "name"), e.errors().stream().limit(4)
                .map(org.openplate.common.FieldError::field).toList());
        assertEquals(5, e.errors().size());
        assertEquals("kg", e.field(), "the first error leads (the API's one-error shape)");
        assertEquals("Kg must be between 0 and 500.", e.getMessage());
        assertEquals("N must be a whole number from 1 to 5.", e.errors().get(1).message());
        assertTrue(e.errors().get(3).message().startsWith("Name contains an invisible control character"),
                e.errors().get(3).message());
    }

    @Test
    void collectingModeWithNothingWrongFinishesQuietlyAndPlainModeStillThrowsAtOnce() {
        FieldReader ok = FieldReader.of(Map.of("n", "2")).collecting();
        assertEquals(2, ok.requiredInteger("n", 1, 5));
        ok.finish();
        assertTrue(ok.errors().isEmpty());
        FieldReader plain = FieldReader.of(Map.of("n", "9"));
        assertFalse(plain.isCollecting());
        assertThrows(BadInputException.class, () -> plain.requiredInteger("n", 1, 5));
        assertThrows(BadInputException.class, () -> plain.reject("n", "no"));
    }

    @Test
    void aRequiredWholeNumberThatIsWrongAnswersItsMinimumWhileCollecting() {
        FieldReader f = FieldReader.of(Map.of("n", "ten", "b", "maybe")).collecting();
        assertEquals(1, f.requiredInteger("n", 1, 5));
        assertTrue(f.bool("b", true));
        assertEquals(2, f.errors().size());
        assertEquals("B must be true or false.", f.errors().get(1).message());
    }
}
