package org.openplate.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void projectionRangeInPoundsGetsRoundTicks() {
        // the old projection axis split 44.1-152.8 lb into quarters: 44.1 / 71.3 / 98.5 / 125.7 / 152.8
        Ticks t = Ticks.covering(95.6, 150.6, 6, 5);
        assertEquals(List.of(80.0, 100.0, 120.0, 140.0, 160.0), t.ticks());
        assertEquals("100", t.label(100));
    }

    @Test
    void caloriesFromZero() {
        Ticks t = Ticks.covering(0, 1367, 6, 500);
        assertEquals(List.of(0.0, 500.0, 1000.0, 1500.0), t.ticks());
        assertEquals("1,500", t.label(1500));
    }

    @Test
    void allZerosUseTheMinimumSpanInsteadOfOneUnit() {
        // before, an all-zero chart read "1 kcal / 0 kcal"
        Ticks t = Ticks.covering(0, 0, 6, 500);
        assertEquals(0, t.lo());
        assertEquals(500, t.hi());
        assertTrue(t.ticks().size() >= 3, t.toString());
    }

    @Test
    void aSingleValueIsCentredAndNeverGoesNegative() {
        Ticks w = Ticks.covering(150, 150, 6, 5);
        assertTrue(w.lo() <= 147.5 && w.hi() >= 152.5, w.toString());
        Ticks small = Ticks.covering(1, 1, 6, 10);
        assertEquals(0, small.lo(), "a positive value keeps the axis at or above zero");
        Ticks bare = Ticks.covering(0, 0, 6, 0);
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), bare.ticks());
    }

    @Test
    void fractionalStepsAreLabelledExactly() {
        Ticks t = Ticks.covering(70.2, 71.9, 6, 0);
        assertEquals(0.5, t.step());
        assertEquals("70.5", t.label(70.5));
        assertEquals(1, t.decimals());
        Ticks q = Ticks.covering(0, 100, 6, 0);
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), q.ticks());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ticks.covering(2, 1, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> Ticks.covering(Double.NaN, 1, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> Ticks.covering(0, Double.POSITIVE_INFINITY, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> Ticks.covering(0, 1, 2, 0));
    }

    /** A seeded sweep over many ranges: the ticks cover the data, are few, evenly spaced, and nice. */
    @Test
    void sweepOverManyRanges() {
        Random r = new Random(20261201);
        for (int i = 0; i < 20_000; i++) {
            double scale = Math.pow(10, r.nextInt(9) - 3);
            double a = (r.nextDouble() * 2 - (r.nextBoolean() ? 0 : 1)) * scale * 100;
            double b = a + r.nextDouble() * scale * (r.nextInt(4) == 0 ? 0 : 50);
            int max = 3 + r.nextInt(8);
            double minSpan = r.nextBoolean() ? 0 : scale;
            Ticks t = Ticks.covering(a, b, max, minSpan);
            String at = a + ".." + b + " max " + max + " span " + minSpan + " → " + t;
            assertTrue(t.lo() <= a + 1e-9 * Math.abs(a) && t.hi() >= b - 1e-9 * Math.abs(b), "covers: " + at);
            assertTrue(t.ticks().size() >= 2 && t.ticks().size() <= max, "count: " + at);
            assertTrue(t.hi() - t.lo() >= minSpan * (1 - 1e-9), "minimum span: " + at);
            if (a >= 0) {
                assertTrue(t.lo() >= 0, "no negative ticks for non-negative data: " + at);
            }
            double mantissa = t.step() / Math.pow(10, Math.floor(Math.log10(t.step())));
            assertTrue(List.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-6), "nice: " + at);
            for (int k = 1; k < t.ticks().size(); k++) {
                double gap = t.ticks().get(k) - t.ticks().get(k - 1);
                assertEquals(t.step(), gap, t.step() * 1e-6, "even: " + at);
            }
            for (double v : t.ticks()) {
                assertEquals(v, Double.parseDouble(t.label(v).replace(",", "")), t.step() * 1e-6, "label: " + at);
            }
        }
    }
}
