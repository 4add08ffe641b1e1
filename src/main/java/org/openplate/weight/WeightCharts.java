package org.openplate.weight;

import java.util.ArrayList;
import java.util.List;
import org.openplate.chart.Chart;
import org.openplate.chart.Figure;
import org.openplate.chart.LineChart;
import org.openplate.chart.Series;
import org.openplate.chart.Size;
import org.openplate.energy.TrendWeight;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/** The weight charts as chart models, in the user's units: the trend over a range, and the projection. */
final class WeightCharts {

    private static final Series SCALE = Series.dots("scale", "Scale", 5, Series.Mark.RING);
    private static final Series TREND = Series.line("trend", "Trend", 1, Series.Stroke.SOLID);
    private static final Series TARGET = Series.line("target", "Target", 2, Series.Stroke.DOTTED);
    private static final Series MODEL = Series.line("model", "Dynamic model", 1, Series.Stroke.SOLID);
    private static final Series RULE = Series.line("rule", "3,500-kcal rule", 5, Series.Stroke.DASHED);
    private static final int[] PROJECTION_TICKS = {0, 182, 365, 730, Projection.DAYS};

    private WeightCharts() {
    }

    static Figure trend(WeightService.Series s) {
        return Figure.of(size -> trend(s, size));
    }

    static Chart trend(WeightService.Series s, Size size) {
        UnitSystem u = s.units();
        String unit = unit(u);
        LineChart c = LineChart.of(size, "weight", "Scale weight (rings) and trend (line), " + unit, unit)
                .minSpan(u == UnitSystem.US ? 5 : 2);
        if (s.points().isEmpty()) {
            return c.build();
        }
        List<LineChart.Point> scale = new ArrayList<>();
        List<LineChart.Point> trend = new ArrayList<>();
        for (TrendWeight.Point p : s.points()) {
            double x = p.date().toEpochDay();
            trend.add(new LineChart.Point(x, show(p.trendKg(), u), null));
            if (p.scaleKg() != null) {
                scale.add(new LineChart.Point(x, show(p.scaleKg(), u), p.date() + ": "
                        + Measures.formatWeight(p.scaleKg(), u) + " (trend " + Measures.formatWeight(p.trendKg(), u) + ")"));
            }
        }
        c.dates(s.points().get(0).date(), s.points().get(s.points().size() - 1).date())
                .line(TREND, trend).marks(SCALE, scale);
        if (s.targetKg() != null) {
            c.rule(TARGET, show(s.targetKg(), u), "target " + Measures.formatWeight(s.targetKg(), u));
        }
        return c.build();
    }

    /** The projection chart, or null without a projection. */
    static Figure projection(Projection p) {
        return p == null ? null : Figure.of(size -> projection(p, size));
    }

    static Chart projection(Projection p, Size size) {
        UnitSystem u = p.units();
        double lowest = Math.min(p.startKg(), p.plateauKg());
        double highest = Math.max(p.startKg(), p.plateauKg());
        List<LineChart.Point> model = new ArrayList<>();
        for (int d = 0; d <= Projection.DAYS; d += 5) {
            model.add(new LineChart.Point(d, show(p.modelAt(d), u), null));
            lowest = Math.min(lowest, p.modelAt(d));
            highest = Math.max(highest, p.modelAt(d));
        }
        if (p.targetKg() != null) {
            lowest = Math.min(lowest, p.targetKg());
            highest = Math.max(highest, p.targetKg());
        }
        // the rule's straight line is drawn until it leaves the range of the model, so that it does not squash the curve
        double margin = Math.max(1, (highest - lowest) * 0.25);
        List<LineChart.Point> rule = new ArrayList<>();
        for (int d = 0; d <= Projection.DAYS; d += 5) {
            double kg = p.staticKg(d);
            rule.add(new LineChart.Point(d, show(kg, u), null));
            if (kg < lowest - margin || kg > highest + margin) {
                break;
            }
        }
        List<LineChart.XTick> ticks = new ArrayList<>();
        for (int d : PROJECTION_TICKS) {
            ticks.add(new LineChart.XTick(d, d == 0 ? "now" : d < 365 ? "6 mo" : d / 365 + " yr",
                    d == 0 ? "today" : d < 365 ? "in 6 months" : "in " + d / 365 + (d == 365 ? " year" : " years")));
        }
        String unit = unit(u);
        LineChart c = LineChart.of(size, "projection", "Predicted weight over three years: the dynamic model (solid)"
                        + " and the 3,500-kcal rule (dashed), " + unit, unit)
                .x(0, Projection.DAYS, ticks).minSpan(u == UnitSystem.US ? 5 : 2)
                .line(MODEL, model).line(RULE, rule);
        if (p.targetKg() != null) {
            c.rule(TARGET, show(p.targetKg(), u), "target " + p.weight(p.targetKg()));
        }
        return c.build();
    }

    private static String unit(UnitSystem u) {
        return u == UnitSystem.US ? "lb" : "kg";
    }

    private static double show(double kg, UnitSystem u) {
        return u == UnitSystem.US ? Measures.kgToLb(kg) : kg;
    }
}
