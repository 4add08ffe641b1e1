package org.openplate.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.openplate.chart.BarChart;
import org.openplate.chart.Chart;
import org.openplate.chart.Figure;
import org.openplate.chart.Series;
import org.openplate.chart.Size;

/** The three report charts as chart models: calories by day, macro split by week, nutrient coverage. */
final class ReportCharts {

    static final List<String> NAMES = List.of("calories", "macros", "coverage");

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final Series EATEN = Series.bar("eaten", "Eaten", 1);
    private static final Series GOAL = Series.line("goal", "Goal", 2, Series.Stroke.DASHED);
    private static final Series SPENT = Series.line("expenditure", "Estimated expenditure", 3, Series.Stroke.SOLID);
    private static final Series PROTEIN = Series.bar("protein", "Protein", 2);
    private static final Series CARBS = Series.bar("carbs", "Carbohydrate", 3);
    private static final Series FAT = Series.bar("fat", "Fat", 4);
    private static final Series COVERED = Series.bar("coverage", "Average a day, % of reference", 1);
    private static final Series REFERENCE = Series.line("reference", "100 % of reference", 2, Series.Stroke.DASHED);

    private ReportCharts() {
    }

    static Chart chart(String name, ReportService.Report rep, Size size) {
        return switch (name) {
            case "calories" -> calories(rep, size);
            case "macros" -> macros(rep, size);
            case "coverage" -> coverage(rep, size);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Figure figure(String name, ReportService.Report rep) {
        return Figure.of(size -> chart(name, rep, size));
    }

    static Chart calories(ReportService.Report rep, Size size) {
        List<ReportService.CalorieDay> days = rep.calories();
        return BarChart.of(size, "calories", "Calories eaten by day (bars), goal (dashed line) and estimated"
                        + " expenditure (solid line), kcal", "kcal")
                .categories(days.stream().map(c -> SHORT.format(c.day())).toList(),
                        days.stream().map(c -> c.day().toString()).toList(), false)
                .bars(EATEN, days.stream().map(ReportService.CalorieDay::eatenKcal).toList())
                .line(GOAL, days.stream().map(c -> c.goalKcal() == null ? null : c.goalKcal().doubleValue()).toList())
                .line(SPENT, days.stream().map(ReportService.CalorieDay::expenditureKcal).toList())
                .minSpan(500)
                .build();
    }

    static Chart macros(ReportService.Report rep, Size size) {
        List<ReportService.MacroWeek> weeks = rep.macros();
        return BarChart.of(size, "macros", "Share of energy from protein, carbohydrate and fat by week", "%")
                .categories(weeks.stream().map(m -> SHORT.format(m.monday())).toList(),
                        weeks.stream().map(m -> "Week of " + m.monday()).toList(), false)
                .shares(List.of(PROTEIN, CARBS, FAT), weeks.stream()
                        .map(m -> new double[] {m.proteinKcal(), m.carbsKcal(), m.fatKcal()}).toList())
                .build();
    }

    static Chart coverage(ReportService.Report rep, Size size) {
        List<ReportService.Coverage> c = rep.coverage();
        return BarChart.of(size, "coverage", "Average daily intake as % of your reference intake", "%")
                .categories(c.stream().map(n -> shortName(n.name())).toList(),
                        c.stream().map(ReportService.Coverage::name).toList(), true)
                .bars(COVERED, c.stream().map(n -> (double) n.percent()).toList())
                .line(REFERENCE, c.stream().map(n -> 100.0).toList())
                .minSpan(100)
                .build();
    }

    /** "Vitamin B12" → "Vit B12", "Riboflavin (B2)" → "B2 Riboflavin": the distinguishing part first. */
    static String shortName(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+) \\((B\\d+)\\)").matcher(name);
        if (m.matches()) {
            return m.group(2) + " " + m.group(1);
        }
        return name.startsWith("Vitamin ") ? "Vit " + name.substring(8) : name;
    }
}
