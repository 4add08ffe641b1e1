package org.openplate.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTicksTest {

    private static List<String> labels(LocalDate a, LocalDate b, int max) {
        return DateTicks.between(a, b, max).stream().map(LineChart.XTick::label).toList();
    }

    @Test
    void daysWeeksMonthsAndYears() {
        LocalDate d = LocalDate.of(2026, 11, 1);
        assertEquals(List.of("Nov 1", "Nov 2", "Nov 3"), labels(d, d.plusDays(2), 6));
        assertEquals(List.of("Nov 1", "Nov 15", "Nov 29"), labels(d, d.plusDays(30), 4));
        assertEquals(List.of("Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027"), labels(d, d.plusDays(100), 4));
        List<String> years = labels(LocalDate.of(2015, 3, 1), LocalDate.of(2026, 11, 1), 5);
        assertTrue(years.size() <= 5 && years.size() >= 2 && years.stream().allMatch(y -> y.matches("20\\d\\d")), years.toString());
        assertEquals("2026-11-15", DateTicks.between(d, d.plusDays(30), 4).get(1).full(), "full date for the tooltip");
    }

    @Test
    void neverMoreThanAsked() {
        LocalDate start = LocalDate.of(2020, 1, 17);
        for (int span = 0; span < 3000; span += 7) {
            for (int max = 3; max <= 9; max++) {
                int n = DateTicks.between(start, start.plusDays(span), max).size();
                assertTrue(n >= 1 && n <= max, span + " days, max " + max + ": " + n);
            }
        }
    }
}
