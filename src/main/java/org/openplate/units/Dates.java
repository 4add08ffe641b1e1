package org.openplate.units;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way dates are shown to people: weekday, day, month, year ("Tue 1 Dec 2026"), the short form
 * without the year where the year is plain from the page ("Tue 1 Dec"), and a time in the user's zone
 * ("Tue 1 Dec 2026, 07:05"). Day before month and a 24-hour clock read unambiguously in every English
 * locale; ISO dates (2026-12-01) stay in URLs, form inputs, files and the API only.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Dates() {
    }

    /** "Tue 1 Dec 2026"; "" for null. */
    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** "Tue 1 Dec"; "" for null. */
    public static String dayShort(LocalDate d) {
        return d == null ? "" : SHORT.format(d);
    }

    /** "Tue 1 Dec 2026, 07:05" in {@code zone}; "" for null. */
    public static String dateTime(Instant t, ZoneId zone) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }
}
