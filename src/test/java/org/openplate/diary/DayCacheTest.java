package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The kept days stay within their byte budget as well as their count, whatever the size of a day. */
class DayCacheTest {

    private static final DayCache.Stamp STAMP = new DayCache.Stamp(1, 1, LocalDate.of(2026, 12, 3));

    @Test
    void bigDaysAreKeptWithinTheByteBudget() {
        DayCache cache = new DayCache(64); // 64 days, 1 MiB
        long budget = 64L * DayCache.BYTES_PER_DAY;
        AtomicInteger rendered = new AtomicInteger();
        int size = 100 * 1024; // days of a user who logs a lot: under an eighth of the budget, so kept
        for (int d = 0; d < 40; d++) {
            for (int read = 0; read < 2; read++) { // kept from its second read on
                cache.day(1, LocalDate.of(2026, 1, 1).plusDays(d), STAMP, () -> {
                    rendered.incrementAndGet();
                    return new byte[size];
                });
            }
            assertTrue(cache.bytes() <= budget, "over the budget after day " + d + ": " + cache.bytes());
        }
        assertEquals(80, rendered.get());
        // the last day is kept: asking again does not render it
        cache.day(1, LocalDate.of(2026, 1, 1).plusDays(39), STAMP, () -> {
            rendered.incrementAndGet();
            return new byte[size];
        });
        assertEquals(80, rendered.get(), "the newest day is never the one dropped");
        assertEquals(0, cache.bytes() % size, "the count is exact: whole days only");
    }

    @Test
    void aDayBiggerThanAnEighthOfTheBudgetIsNotKept() {
        DayCache cache = new DayCache(64);
        AtomicInteger rendered = new AtomicInteger();
        int size = 64 * DayCache.BYTES_PER_DAY / 8 + 1; // over an eighth of 1 MiB
        for (int i = 0; i < 3; i++) {
            cache.day(1, LocalDate.of(2026, 1, 1), STAMP, () -> {
                rendered.incrementAndGet();
                return new byte[size];
            });
        }
        assertEquals(3, rendered.get());
        assertEquals(0, cache.bytes());
    }

    @Test
    void replacingAKeptDayCountsOnlyTheNewBytes() {
        DayCache cache = new DayCache(8);
        LocalDate day = LocalDate.of(2026, 1, 1);
        DayCache.Stamp changed = new DayCache.Stamp(2, 1, STAMP.today());
        for (int read = 0; read < 2; read++) {
            cache.day(1, day, STAMP, () -> new byte[1000]);
        }
        assertEquals(1000, cache.bytes());
        cache.day(1, day, changed, () -> new byte[3000]);
        assertEquals(0, cache.bytes(), "the out-of-date day goes at once; the new one is read once so far");
        cache.day(1, day, changed, () -> new byte[3000]);
        assertEquals(3000, cache.bytes());
        for (int read = 0; read < 2; read++) {
            cache.day(2, day, STAMP, () -> new byte[500]);
        }
        assertEquals(3500, cache.bytes());
    }

    @Test
    void aDayIsKeptFromItsSecondReadUnchangedAndNeverWhenItChangesBetweenReads() {
        DayCache cache = new DayCache(64);
        LocalDate day = LocalDate.of(2026, 1, 1);
        AtomicInteger rendered = new AtomicInteger();
        java.util.function.Supplier<byte[]> render = () -> {
            rendered.incrementAndGet();
            return new byte[1000];
        };
        byte[] once = cache.day(1, day, STAMP, render);
        assertEquals(0, cache.bytes(), "read once: not kept");
        byte[] twice = cache.day(1, day, STAMP, render);
        assertEquals(1000, cache.bytes(), "read twice unchanged: kept");
        assertTrue(once != twice);
        for (int i = 0; i < 5; i++) {
            assertTrue(twice == cache.day(1, day, STAMP, render), "served from memory");
        }
        assertEquals(2, rendered.get());

        // a user logging item by item: the day changes between every two reads, so nothing is kept
        for (int version = 2; version < 200; version++) {
            cache.day(1, day, new DayCache.Stamp(version, 1, STAMP.today()), render);
            assertEquals(0, cache.bytes(), "version " + version);
        }
        // and what is remembered of once-read days stays bounded
        for (int d = 0; d < 10_000; d++) {
            cache.day(2, day.plusDays(d), STAMP, render);
        }
        assertEquals(0, cache.bytes());
        assertTrue(cache.seenCount() <= 64 * DayCache.SEEN_PER_DAY, "remembered: " + cache.seenCount());
    }

    @Test
    void whatEveryDayIsBuiltWithIsReadAgainAfterAChangeOrOnANewDay() {
        DayCache cache = new DayCache(8);
        AtomicInteger reads = new AtomicInteger();
        LocalDate today = STAMP.today();
        java.util.function.Supplier<DiaryDays.Standing> read = () -> new DiaryDays.Standing(
                java.util.List.of(new Meal(reads.incrementAndGet(), "Breakfast", 0)),
                new DiarySettings(ExerciseCredit.values()[0], WaterUnit.values()[0]), java.util.Optional.of(2000));

        DiaryDays.Standing first = cache.standing(1, 5, today, read);
        assertEquals(first, cache.standing(1, 5, today, read), "kept while nothing changed");
        assertEquals(1, reads.get());
        DiaryDays.Standing changed = cache.standing(1, 6, today, read);
        assertEquals(2, reads.get(), "the user's version moved: read again");
        assertEquals(2, changed.meals().get(0).id());
        cache.standing(1, 6, today.plusDays(1), read);
        assertEquals(3, reads.get(), "a new day: the goal depends on the date (the user's age), read again");
        cache.standing(2, 6, today.plusDays(1), read);
        assertEquals(4, reads.get(), "another user's is their own");
        cache.standing(1, 6, today.plusDays(1), read);
        assertEquals(4, reads.get());

        DayCache off = new DayCache(0);
        off.standing(1, 5, today, read);
        off.standing(1, 5, today, read);
        assertEquals(6, reads.get(), "nothing is kept when keeping is off");
    }
}
