package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendWeightTest {

    private static final LocalDate D0 = LocalDate.of(2026, 1, 1);

    @Test
    void movesTenPercentOfTheWayEachDay() {
        List<TrendWeight.Point> s = TrendWeight.series(Map.of(D0, 80.0, D0.plusDays(1), 79.0, D0.plusDays(2), 81.0));
        assertEquals(80.0, s.get(0).trendKg(), 1e-12);
        assertEquals(79.9, s.get(1).trendKg(), 1e-12);          // 80 + 0.1·(79 − 80)
        assertEquals(80.01, s.get(2).trendKg(), 1e-12);         // 79.9 + 0.1·(81 − 79.9)
    }

    @Test
    void missingDaysAreInterpolatedNotSkipped() {
        List<TrendWeight.Point> s = TrendWeight.series(Map.of(D0, 80.0, D0.plusDays(2), 78.0));
        assertEquals(3, s.size());
        assertNull(s.get(1).scaleKg());
        assertEquals(79.9, s.get(1).trendKg(), 1e-12, "the gap day counts as 79 kg");
        assertEquals(79.71, s.get(2).trendKg(), 1e-12);
    }

    @Test
    void smoothsNoiseAndGivesTheWeeklyRate() {
        Map<LocalDate, Double> w = new HashMap<>();
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 120; i++) {
            w.put(D0.plusDays(i), 90 - 0.1 * i + (r.nextDouble() - 0.5));   // −0.7 kg/week with ±0.5 kg noise
        }
        List<TrendWeight.Point> s = TrendWeight.series(w);
        double rate = TrendWeight.weeklyRateKg(s);
        assertEquals(-0.7, rate, 0.15);
        double last = s.get(s.size() - 1).trendKg();
        assertTrue(Math.abs(last - (90 - 0.1 * 119 + 0.9)) < 0.5, "lags the true line by ~9 days × 0.1: " + last);
        assertEquals(0, TrendWeight.weeklyRateKg(TrendWeight.series(Map.of(D0, 70.0))), 1e-12);
    }
}
