package org.openplate.diary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openplate.common.Gzip;

/** The kept days stay within their byte budget (of compressed bytes) as well as their count, whatever the size of a day. */
class DayCacheTest {

    private static final DayCache.Stamp STAMP = new DayCache.Stamp(1, 1, LocalDate.of(2026, 12, 3));

    /** JSON-like bytes that do not compress (random), so that a day's kept size is about its size. */
    private static byte[] noise(int size, long seed) {
        byte[] b = new byte[size];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    private static int kept(byte[] json) {
        return Gzip.compress(json).length;
    }

    @Test
    void bigDaysAreKeptWithinTheByteBudget() {
        DayCache cache = new DayCache(64); // 64 days, 256 KiB
        long budget = 64L * DayCache.BYTES_PER_DAY;
        AtomicInteger rendered = new AtomicInteger();
        byte[] day = noise(25 * 1024, 1); // days of a user who logs a lot: under an eighth of the budget, so kept
        for (int d = 0; d < 40; d++) {
            for (int read = 0; read < 2; read++) { // kept from its second read on
                cache.day(1, LocalDate.of(2026, 1, 1).plusDays(d), STAMP, () -> {
                    rendered.incrementAndGet();
                    return day;
                });
            }
            assertTrue(cache.bytes() <= budget, "over the budget after day " + d + ": " + cache.bytes());
        }
        assertEquals(80, rendered.get());
        // the last day is kept: asking again does not render it
        DayCache.Json last = cache.day(1, LocalDate.of(2026, 1, 1).plusDays(39), STAMP, () -> {
            rendered.incrementAndGet();
            return day;
        });
        assertEquals(80, rendered.get(), "the newest day is never the one dropped");
        assertTrue(last.gzip());
        assertArrayEquals(day, last.plain());
        assertEquals(0, cache.bytes() % kept(day), "the count is exact: whole days only");
        assertTrue(cache.bytes() > 0);
    }

    @Test
    void aDayWhoseCompressedSizeIsOverAnEighthOfTheBudgetIsNotKept() {
        DayCache cache = new DayCache(64);
        AtomicInteger rendered = new AtomicInteger();
        byte[] big = noise(64 * DayCache.BYTES_PER_DAY / 8 + 1, 2); // over an eighth of 256 KiB, compressed too
        for (int i = 0; i < 3; i++) {
            cache.day(1, LocalDate.of(2026, 1, 1), STAMP, () -> {
                rendered.incrementAndGet();
                return big;
            });
        }
        assertEquals(3, rendered.get());
        assertEquals(0, cache.bytes());
        // the same size of JSON that compresses is kept
        byte[] json = "{\"name\":\"Bananas, raw\",\"kcal\":105}".repeat(big.length / 36 + 1).getBytes(UTF_8);
        for (int i = 0; i < 3; i++) {
            cache.day(1, LocalDate.of(2026, 1, 2), STAMP, () -> {
                rendered.incrementAndGet();
                return json;
            });
        }
        assertEquals(5, rendered.get());
        assertEquals(kept(json), cache.bytes());
    }

    @Test
    void replacingAKeptDayCountsOnlyTheNewBytes() {
        DayCache cache = new DayCache(8);
        LocalDate day = LocalDate.of(2026, 1, 1);
        DayCache.Stamp changed = new DayCache.Stamp(2, 1, STAMP.today());
        byte[] first = noise(1000, 3);
        byte[] bigger = noise(3000, 4);
        byte[] other = noise(500, 5);
        for (int read = 0; read < 2; read++) {
            cache.day(1, day, STAMP, () -> first);
        }
        assertEquals(kept(first), cache.bytes());
        cache.day(1, day, changed, () -> bigger);
        assertEquals(0, cache.bytes(), "the out-of-date day goes at once; the new one is read once so far");
        cache.day(1, day, changed, () -> bigger);
        assertEquals(kept(bigger), cache.bytes());
        for (int read = 0; read < 2; read++) {
            cache.day(2, day, STAMP, () -> other);
        }
        assertEquals(kept(bigger) + kept(other), cache.bytes());
    }

    @Test
    void aDayIsKeptFromItsSecondReadUnchangedAndNeverWhenItChangesBetweenReads() {
        DayCache cache = new DayCache(64);
        LocalDate day = LocalDate.of(2026, 1, 1);
        AtomicInteger rendered = new AtomicInteger();
        byte[] json = "{\"date\":\"2026-01-01\",\"entries\":[]}".getBytes(UTF_8);
        java.util.function.Supplier<byte[]> render = () -> {
            rendered.incrementAndGet();
            return json.clone();
        };
        DayCache.Json once = cache.day(1, day, STAMP, render);
        assertEquals(0, cache.bytes(), "read once: not kept");
        assertFalse(once.gzip());
        DayCache.Json twice = cache.day(1, day, STAMP, render);
        assertEquals(kept(json), cache.bytes(), "read twice unchanged: kept, compressed");
        assertFalse(twice.gzip(), "served as rendered");
        DayCache.Json served = cache.day(1, day, STAMP, render);
        assertTrue(served.gzip());
        for (int i = 0; i < 5; i++) {
            assertSame(served.bytes(), cache.day(1, day, STAMP, render).bytes(), "served from memory");
        }
        assertArrayEquals(json, served.plain());
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
    void fiveYearsOfDaysOfFifteenEntriesFitTheDefaultCacheCompressed() {
        DayCache cache = new DayCache(DayCache.CAPACITY);
        AtomicInteger rendered = new AtomicInteger();
        LocalDate first = LocalDate.of(2021, 12, 8);
        java.util.function.IntFunction<byte[]> dayJson = d -> {
            StringBuilder b = new StringBuilder("{\"date\":\"" + first.plusDays(d) + "\",\"entries\":[");
            java.util.Random r = new java.util.Random(d);
            for (int e = 0; e < 15; e++) {   // about 14 kB, as a real day of 15 entries
                b.append(e == 0 ? "" : ",").append("{\"id\":").append(1_000_000 + d * 15 + e)
                        .append(",\"name\":\"Food number ").append(r.nextInt(150)).append("\",\"kcal\":")
                        .append(r.nextInt(90_000) / 100.0).append(",\"nutrients\":{");
                for (int n = 0; n < 45; n++) {
                    b.append(n == 0 ? "" : ",").append("\"nutrient").append(n).append("\":").append(r.nextInt(100_000) / 1000.0);
                }
                b.append("}}");
            }
            return b.append("]}").toString().getBytes(UTF_8);
        };
        int days = 1826;
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < days; i++) {
                int d = (int) (i * 389L % days);   // the benchmark's stride: far-apart days, each once a pass
                cache.day(1, first.plusDays(d), STAMP, () -> {
                    rendered.incrementAndGet();
                    return dayJson.apply(d);
                });
            }
        }
        assertEquals(2 * days, rendered.get(), "each day rendered twice (read once, then kept), then served kept");
        assertTrue(cache.bytes() <= (long) DayCache.CAPACITY * DayCache.BYTES_PER_DAY, "bytes " + cache.bytes());
        assertTrue(dayJson.apply(0).length > 10_000, "a realistic size: " + dayJson.apply(0).length);
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
