package org.openplate.energy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The trend weight of The Hacker's Diet (Walker 1991): each day the trend moves 10 % of the way to
 * that day's weight, Tₙ = Tₙ₋₁ + 0.1·(Wₙ − Tₙ₋₁), which smooths scale noise like a ~20-day mean.
 * A day without a weigh-in takes the weight interpolated linearly between its neighbours, so a
 * gap neither stalls the trend nor lets one late weigh-in jerk it. Pure.
 */
public final class TrendWeight {

    /** The Hacker's Diet smoothing: 10 % per day. */
    public static final double SMOOTHING = 0.1;

    private TrendWeight() {
    }

    /** One calendar day: the scale weight if weighed that day (else null) and the trend. */
    public record Point(LocalDate date, Double scaleKg, double trendKg) {
    }

    /**
     * The trend for every calendar day from the first weigh-in to the last.
     *
     * @param weighIns day → that day's weight (the day's first weigh-in)
     */
    public static List<Point> series(Map<LocalDate, Double> weighIns) {
        NavigableMap<LocalDate, Double> w = new TreeMap<>(weighIns);
        List<Point> out = new ArrayList<>();
        if (w.isEmpty()) {
            return out;
        }
        LocalDate first = w.firstKey();
        LocalDate last = w.lastKey();
        double trend = w.get(first);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Double scale = w.get(d);
            double today = scale != null ? scale : interpolate(w, d);
            trend += SMOOTHING * (today - trend);
            out.add(new Point(d, scale, trend));
        }
        return out;
    }

    private static double interpolate(NavigableMap<LocalDate, Double> w, LocalDate d) {
        Map.Entry<LocalDate, Double> before = w.lowerEntry(d);
        Map.Entry<LocalDate, Double> after = w.higherEntry(d);
        long span = ChronoUnit.DAYS.between(before.getKey(), after.getKey());
        long into = ChronoUnit.DAYS.between(before.getKey(), d);
        return before.getValue() + (after.getValue() - before.getValue()) * into / span;
    }

    /** The trend's change over the last 7 days (kg per week, negative when losing); 0 with under 8 days. */
    public static double weeklyRateKg(List<Point> series) {
        if (series.size() < 8) {
            return series.size() < 2 ? 0 : (series.get(series.size() - 1).trendKg() - series.get(0).trendKg())
                    * 7.0 / (series.size() - 1);
        }
        return series.get(series.size() - 1).trendKg() - series.get(series.size() - 8).trendKg();
    }
}
