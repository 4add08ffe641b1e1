package org.openplate.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten that cover a range with at most a
 * given number of ticks (the classic approach of P. Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990). The axis starts and ends on a tick, so the data always lies inside it.
 *
 * @param lo    the first tick, at or below the data's minimum
 * @param hi    the last tick, at or above the data's maximum
 * @param step  the distance between ticks
 * @param ticks the tick values from {@code lo} to {@code hi}
 */
public record Ticks(double lo, double hi, double step, List<Double> ticks) {

    private static final double[] NICE = {1, 2, 5, 10};

    public Ticks {
        ticks = List.copyOf(ticks);
    }

    /**
     * Ticks covering {@code [min, max]}.
     *
     * @param minSpan the smallest range the axis shows (e.g. 500 kcal), so a single value or all zeros
     *                still get a readable axis; a range that starts at or above 0 never gets negative ticks
     */
    public static Ticks covering(double min, double max, int maxTicks, double minSpan) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("need finite min <= max, got " + min + " and " + max);
        }
        if (maxTicks < 3 || !(minSpan >= 0)) {
            // two ticks cannot cover a range around zero on multiples of a step
            throw new IllegalArgumentException("need at least 3 ticks and a minimum span >= 0");
        }
        double lo = min;
        double hi = max;
        if (hi - lo < minSpan) {
            double mid = (lo + hi) / 2;
            lo = mid - minSpan / 2;
            hi = mid + minSpan / 2;
        }
        if (hi == lo) {
            double pad = lo == 0 ? 0.5 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        if (min >= 0 && lo < 0) {
            hi -= lo;
            lo = 0;
        }
        double step = niceStep((hi - lo) / (maxTicks - 1));
        while (true) {
            double first = Math.floor(lo / step + 1e-9) * step;
            double last = Math.ceil(hi / step - 1e-9) * step;
            long count = Math.round((last - first) / step) + 1;
            if (count <= maxTicks) {
                List<Double> values = new ArrayList<>();
                for (long i = 0; i < count; i++) {
                    values.add(clean(first + i * step, step));
                }
                return new Ticks(values.get(0), values.get(values.size() - 1), step, values);
            }
            step = niceStep(step * 1.000001);
        }
    }

    /** The smallest nice number at or above {@code raw}. */
    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : NICE) {
            if (m * mag >= raw * (1 - 1e-9)) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    /** Digits after the point that show every tick exactly (0 for steps of 1 or more, 1 for 0.5). */
    public int decimals() {
        int d = 0;
        while (d < 6 && Math.abs(step * Math.pow(10, d) - Math.rint(step * Math.pow(10, d))) > 1e-6) {
            d++;
        }
        return d;
    }

    /** A tick's label with thousands separators and just enough decimals, e.g. "1,500" or "72.5". */
    public String label(double v) {
        return String.format(Locale.US, "%,." + decimals() + "f", v);
    }

    private static double clean(double v, double step) {
        double q = Math.pow(10, Math.max(0, 3 - Math.floor(Math.log10(step))));
        double r = Math.rint(v * q) / q;
        return r == 0 ? 0 : r;
    }
}
