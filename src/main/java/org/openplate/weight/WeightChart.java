package org.openplate.weight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.openplate.energy.TrendWeight;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/**
 * Server-side SVG of scale weight (dots) and trend (line), with the target weight as a dashed line,
 * in the user's units. The markup holds only numbers and fixed words, so it is safe to embed.
 */
final class WeightChart {

    private static final int W = 720;
    private static final int H = 300;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private WeightChart() {
    }

    public static String svg(WeightService.Series s) {
        if (s.points().isEmpty()) {
            return "";
        }
        UnitSystem u = s.units();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (TrendWeight.Point p : s.points()) {
            double v = show(p.scaleKg() != null ? p.scaleKg() : p.trendKg(), u);
            min = Math.min(min, Math.min(v, show(p.trendKg(), u)));
            max = Math.max(max, Math.max(v, show(p.trendKg(), u)));
        }
        if (s.targetKg() != null) {
            min = Math.min(min, show(s.targetKg(), u));
            max = Math.max(max, show(s.targetKg(), u));
        }
        min = Math.floor(min - 1);
        max = Math.ceil(max + 1);
        LocalDate first = s.points().get(0).date();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, s.points().get(s.points().size() - 1).date()));
        String unit = u == UnitSystem.US ? "lb" : "kg";
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" class=\"weight-chart\" aria-labelledby=\"weight-chart-title\">"
                + "<title id=\"weight-chart-title\">Scale weight (dots) and trend (line), %s</title>"
                + "<style>.grid{stroke:#e3e8e4}.axis{font:11px sans-serif;fill:#556}.trend{stroke:#2e7d32;"
                + "stroke-width:2.5;fill:none}.scale{fill:#90a4ae}.target{stroke:#c62828;stroke-dasharray:6 4}</style>",
                W, H, unit));
        double step = niceStep(max - min);
        for (double v = Math.ceil(min / step) * step; v <= max; v += step) {
            double y = y(v, min, max);
            b.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"axis\" x=\"4\" y=\"%.1f\">%s %s</text>", LEFT, W - RIGHT, y, y, y + 4, fmt(v), unit));
        }
        b.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>"
                + "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LEFT, H - 8, first,
                W - RIGHT, H - 8, s.points().get(s.points().size() - 1).date()));
        if (s.targetKg() != null) {
            double y = y(show(s.targetKg(), u), min, max);
            b.append(String.format(Locale.ROOT, "<line class=\"target\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">target</text>", LEFT, W - RIGHT,
                    y, y, W - RIGHT, y - 4));
        }
        StringBuilder line = new StringBuilder();
        for (TrendWeight.Point p : s.points()) {
            double x = x(ChronoUnit.DAYS.between(first, p.date()), days);
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(show(p.trendKg(), u), min, max)));
            if (p.scaleKg() != null) {
                b.append(String.format(Locale.ROOT, "<circle class=\"scale\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>", x,
                        y(show(p.scaleKg(), u), min, max)));
            }
        }
        b.append("<polyline class=\"trend\" points=\"").append(line.toString().trim()).append("\"/></svg>");
        return b.toString();
    }

    static double show(double kg, UnitSystem u) {
        return u == UnitSystem.US ? Measures.kgToLb(kg) : kg;
    }

    private static double x(long day, long days) {
        return LEFT + (W - LEFT - RIGHT) * (double) day / days;
    }

    private static double y(double v, double min, double max) {
        return TOP + (H - TOP - BOTTOM) * (max - v) / (max - min);
    }

    private static double niceStep(double span) {
        for (double s : new double[] {0.5, 1, 2, 5, 10, 20, 50}) {
            if (span / s <= 8) {
                return s;
            }
        }
        return 100;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
