package org.openplate.transfer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openplate.common.BadInputException;

/**
 * Checks one value of one restored row, the way the app's own forms check what a user types: a
 * failure names the table, the row (its position in the export) and the column, with what is allowed.
 * Values come as the restore reads them from JSON: Long or Double for numbers, String for text.
 */
final class RowCheck {

    /** Text may hold line breaks and tabs, never NUL or other control characters (PostgreSQL refuses NUL). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private final String table;
    private final int row;
    private final Map<String, Object> values;
    private final long now;

    RowCheck(String table, int row, Map<String, Object> values, long now) {
        this.table = table;
        this.row = row;
        this.values = values;
        this.now = now;
    }

    BadInputException refuse(String column, String why) {
        return new BadInputException("file", "The export cannot be restored: " + table + " row " + row + ", " + column
                + " " + why + ". Nothing was restored.");
    }

    long now() {
        return now;
    }

    Object get(String column) {
        return values.get(column);
    }

    void set(String column, Object value) {
        values.put(column, value);
    }

    private boolean absent(String column, boolean required) {
        if (values.get(column) == null) {
            if (required) {
                throw refuse(column, "is missing");
            }
            values.put(column, null);
            return true;
        }
        return false;
    }

    String text(String column, int max, boolean required) {
        if (absent(column, required)) {
            return null;
        }
        if (!(values.get(column) instanceof String s)) {
            throw refuse(column, "must be text");
        }
        if ((required && s.isBlank()) || s.length() > max) {
            throw refuse(column, "must be " + (required ? "1" : "0") + " to " + max + " characters long");
        }
        if (CONTROL.matcher(s).find()) {
            throw refuse(column, "must not hold control characters");
        }
        return s;
    }

    void oneOf(String column, Predicate<String> known, String allowed, boolean required) {
        String s = text(column, 100, required);
        if (s != null && !known.test(s)) {
            throw refuse(column, "must be one of " + allowed + " (not \"" + s + "\")");
        }
    }

    /** A comma-separated list of codes, each known; may be empty. */
    void codes(String column, Set<String> known) {
        String s = text(column, 500, false);
        if (s == null) {
            values.put(column, "");
            return;
        }
        for (String c : s.split(",")) {
            if (!c.isEmpty() && !known.contains(c)) {
                throw refuse(column, "must list only " + String.join(", ", known) + " (not \"" + c + "\")");
            }
        }
    }

    Double number(String column, double min, double max, boolean required) {
        if (absent(column, required)) {
            return null;
        }
        if (!(values.get(column) instanceof Number n) || !(n.doubleValue() >= min && n.doubleValue() <= max)) {
            throw refuse(column, "must be a number from " + plain(min) + " to " + plain(max));
        }
        return n.doubleValue();
    }

    Long whole(String column, long min, long max, boolean required) {
        if (absent(column, required)) {
            return null;
        }
        Object v = values.get(column);
        if (v instanceof Double d && d == Math.rint(d)) {
            v = d.longValue();
        }
        if (!(v instanceof Long n) || n < min || n > max) {
            throw refuse(column, "must be a whole number from " + min + " to " + max);
        }
        values.put(column, n);
        return n;
    }

    /** 0 or 1; a missing flag is 0. */
    void flag(String column) {
        if (values.get(column) == null) {
            values.put(column, 0L);
        }
        whole(column, 0, 1, true);
    }

    /** A day from 1900 to a year ahead, as the diary accepts. */
    LocalDate day(String column, boolean required) {
        String s = text(column, 10, required);
        if (s == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            LocalDate latest = LocalDate.ofEpochDay(now / 86_400_000L).plusDays(366);
            if (d.isBefore(LocalDate.of(1900, 1, 1)) || d.isAfter(latest)) {
                throw refuse(column, "must be a date from 1900-01-01 to " + latest);
            }
            return d;
        } catch (java.time.DateTimeException e) {
            throw refuse(column, "must be a date like 2026-11-01");
        }
    }

    /** An instant (epoch milliseconds) from 1970 up to a day after now: never far in the future. */
    void instant(String column, boolean required) {
        whole(column, 0, now + 86_400_000L, required);
    }

    void zone(String column) {
        String s = text(column, 60, true);
        try {
            ZoneId.of(s);
        } catch (java.time.DateTimeException e) {
            throw refuse(column, "must be a time zone such as Europe/London");
        }
    }

    void clock(String column) {
        String s = text(column, 5, true);
        if (!CLOCK.matcher(s).matches()) {
            throw refuse(column, "must be a time like 19:30");
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
