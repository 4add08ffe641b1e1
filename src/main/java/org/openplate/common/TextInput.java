package org.openplate.common;

import java.util.Set;
import java.util.function.Function;

/**
 * The one check on the characters of any text a user sends that the app keeps: no control
 * characters (C0 except TAB, LF and CR in multi-line fields, DEL, C1) and no unpaired surrogate
 * halves. PostgreSQL cannot store NUL in text and refuses invalid UTF-8, SQLite would keep them, and
 * neither has a place in a name or a note (OWASP Input Validation Cheat Sheet: validate text
 * against an allow-list of characters; RFC 9839 lists these as "problematic" code points).
 * Failures are a {@link BadInputException} naming the field.
 */
public final class TextInput {

    private TextInput() {
    }

    /** Text on one line: every control character, TAB included, is refused. Null passes through. */
    public static String line(String field, String value) {
        return check(field, value, false);
    }

    /** Text over several lines (notes, article bodies, pasted CSV): TAB, LF and CR are allowed. */
    public static String lines(String field, String value) {
        return check(field, value, true);
    }

    /**
     * Field look-up (a form, a flattened JSON body, a query) whose every value is checked as it is
     * read; the fields named in {@code multiLine} may hold TAB and line breaks.
     */
    public static Function<String, String> checked(Function<String, String> fields, String... multiLine) {
        Set<String> multi = Set.of(multiLine);
        return name -> check(name, fields.apply(name), multi.contains(name));
    }

    /** True when text has none of the refused characters, TAB and line breaks allowed (null counts as clean). */
    public static boolean isCleanText(String value) {
        return value == null || firstRefused(value, true) < 0;
    }

    /** The first refused character's position, or -1. */
    static int firstRefused(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20) {
                if (!(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                    return i;
                }
            } else if (c >= 0x7f && c <= 0x9f) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String check(String field, String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        int at = firstRefused(value, multiLine);
        if (at >= 0) {
            String what = value.charAt(at) == '\t' || value.charAt(at) == '\n' || value.charAt(at) == '\r'
                    ? "a tab or line break" : "an invisible control character";
            String name = field == null ? "The text" : field;
            throw new BadInputException(field, name + " contains " + what + " (at character " + (at + 1)
                    + "); remove it and try again.");
        }
        return value;
    }
}
