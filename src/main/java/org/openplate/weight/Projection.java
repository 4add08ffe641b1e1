package org.openplate.weight;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openplate.energy.GoalSolver;
import org.openplate.energy.HallModel;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/**
 * A projection at the user's daily goal: the Hall model's curve, the 3,500-kcal rule's straight
 * line, when the target is reached (or the plateau), and optionally a solved intake for a date.
 */
public record Projection(LocalDate start, double startKg, int goalKcal, double baselineKcal, List<HallModel.DayPoint> model,
                         double plateauKg, Double targetKg, LocalDate targetDate, GoalSolver.Solution solution,
                         LocalDate solveBy, UnitSystem units) {

    public static final int DAYS = 1095;

    /** The 3,500-kcal rule's weight on a day: a straight line that never slows. */
    public double staticKg(int day) {
        return startKg + HallModel.staticRuleChangeKg(goalKcal - baselineKcal, day);
    }

    public String weight(double kg) {
        return Measures.formatWeight(kg, units);
    }

    public double modelAt(int day) {
        return model.get(Math.min(day, model.size() - 1)).weightKg();
    }

    /** The SVG of both curves (numbers and fixed words only). */
    public String svg() {
        int w = 720;
        int h = 300;
        int left = 56;
        int top = 12;
        int bottom = 28;
        double min = Math.min(plateauKg, Math.min(staticKg(DAYS), startKg));
        double max = Math.max(plateauKg, Math.max(staticKg(DAYS), startKg));
        if (targetKg != null) {
            min = Math.min(min, targetKg);
            max = Math.max(max, targetKg);
        }
        min = Math.max(20, min - 1);
        max = max + 1;
        double lo = min;
        double hi = max;
        java.util.function.DoubleUnaryOperator y = v -> top + (h - top - bottom) * (hi - v) / (hi - lo);
        java.util.function.IntToDoubleFunction x = d -> left + (w - left - 12) * (double) d / DAYS;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" class=\"chart projection\"><title>Predicted weight over three"
                + " years: the dynamic model (solid) and the 3,500-kcal rule (dashed)</title><style>.grid{stroke:#e3e8e4}"
                + ".axis{font:11px sans-serif;fill:#556}.model{stroke:#2e7d32;stroke-width:2.5;fill:none}.static{stroke:"
                + "#757575;stroke-width:2;stroke-dasharray:7 5;fill:none}.target{stroke:#c62828;stroke-dasharray:3 4}"
                + "</style>", w, h));
        for (int k = 0; k <= 4; k++) {
            double v = lo + (hi - lo) * k / 4;
            b.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"axis\" x=\"2\" y=\"%.1f\">%s</text>", left, w - 12, y.applyAsDouble(v),
                    y.applyAsDouble(v), y.applyAsDouble(v) + 4, weight(v)));
        }
        for (int yr = 0; yr <= 3; yr++) {
            b.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x.applyAsDouble(yr * 365), h - 8, yr == 0 ? "now" : yr + (yr == 1 ? " year" : " years")));
        }
        if (targetKg != null) {
            b.append(String.format(Locale.ROOT, "<line class=\"target\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    left, w - 12, y.applyAsDouble(targetKg), y.applyAsDouble(targetKg)));
        }
        StringBuilder m = new StringBuilder();
        for (int d = 0; d <= DAYS; d += 5) {
            m.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(d), y.applyAsDouble(modelAt(d))));
        }
        b.append("<polyline class=\"model\" id=\"model-curve\" points=\"").append(m.toString().trim()).append("\"/>");
        b.append(String.format(Locale.ROOT, "<polyline class=\"static\" id=\"static-line\" points=\"%.1f,%.1f %.1f,%.1f\"/>",
                x.applyAsDouble(0), y.applyAsDouble(staticKg(0)), x.applyAsDouble(DAYS),
                y.applyAsDouble(Math.max(lo, Math.min(hi, staticKg(DAYS))))));
        return b.append("</svg>").toString();
    }
}
