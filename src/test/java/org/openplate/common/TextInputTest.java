package org.openplate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        for (char c : new char[] {0, 1, 8, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x85, 0x9f}) {
            BadInputException e = assertThrows(BadInputException.class, () -> TextInput.line("servingName", "1" + c + "x"));
            assertEquals("servingName", e.field());
            assertTrue(e.getMessage().startsWith("Serving size contains an invisible control character (at character 2)"),
                    e.getMessage());
            assertThrows(BadInputException.class, () -> TextInput.lines("note", "a" + c));
        }
        assertThrows(BadInputException.class, () -> TextInput.line("name", "a\tb"));
        assertThrows(BadInputException.class, () -> TextInput.line("name", "a\nb"));
        assertThrows(BadInputException.class, () -> TextInput.line("name", "a\ud800b"));   // lone surrogate
        assertThrows(BadInputException.class, () -> TextInput.line("name", "a\udc00"));
    }

    @Test
    void ordinaryTextPasses() {
        assertEquals("Crème brûlée 🍮 – ½ cup", TextInput.line("name", "Crème brûlée 🍮 – ½ cup"));
        assertEquals("line 1\r\n\tline 2", TextInput.lines("note", "line 1\r\n\tline 2"));
        assertNull(TextInput.line("name", null));
        assertEquals("", TextInput.line("name", ""));
    }

    @Test
    void checkedLookUpChecksEachFieldAsRead() {
        Map<String, String> body = Map.of("name", "ok", "notes", "a\nb", "brand", "x\u0000");
        Function<String, String> f = TextInput.checked(body::get, "notes");
        assertEquals("ok", f.apply("name"));
        assertEquals("a\nb", f.apply("notes"));
        assertNull(f.apply("missing"));
        assertEquals("brand", assertThrows(BadInputException.class, () -> f.apply("brand")).field());
    }

    /** Seeded sweep: a string passes exactly when it has no C0 (but TAB/LF/CR when multi-line), DEL, C1 or lone surrogate. */
    @Test
    void randomStringsAgreeWithTheDefinition() {
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                sb.append((char) (random.nextBoolean() ? random.nextInt(0xa0) : random.nextInt(0x10000)));
            }
            String s = sb.toString();
            boolean multi = random.nextBoolean();
            boolean bad = s.codePoints().anyMatch(cp -> (cp < 0x20 && !(multi && (cp == 9 || cp == 10 || cp == 13)))
                    || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff));
            assertEquals(bad, TextInput.firstRefused(s, multi) >= 0, () -> s.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
