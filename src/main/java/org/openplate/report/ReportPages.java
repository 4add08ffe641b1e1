package org.openplate.report;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** {@code /reports}: charts of calories by day, macro split by week and nutrient coverage, each with a table. */
final class ReportPages implements Routes {

    private final ReportService reports;
    private final AuthGuard guard;
    private final Views views;

    public ReportPages(ReportService reports, AuthGuard guard, Views views) {
        this.reports = reports;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/reports", ctx -> {
            UserId u = guard.requireUser(ctx);
            ReportService.Report rep = report(ctx, u);
            views.send(ctx, 200, "report/reports.jte", views.page(ctx, "Reports"), "report", rep, "range",
                    range(ctx), "caloriesSvg", caloriesSvg(rep), "macrosSvg", macrosSvg(rep), "coverageSvg",
                    coverageSvg(rep));
        });
        r.get("/reports/{chart}.svg", ctx -> {
            UserId u = guard.requireUser(ctx);
            ReportService.Report rep = report(ctx, u);
            String svg = switch (ctx.pathParam("chart")) {
                case "calories" -> caloriesSvg(rep);
                case "macros" -> macrosSvg(rep);
                case "coverage" -> coverageSvg(rep);
                default -> throw new org.openplate.common.NotFoundException("No such chart.");
            };
            ctx.contentType("image/svg+xml");
            ctx.header("Content-Disposition", "attachment; filename=\"" + ctx.pathParam("chart") + ".svg\"");
            ctx.result(svg);
        });
    }

    private ReportService.Report report(Context ctx, UserId u) {
        LocalDate to = reports.today(u);
        return reports.report(u, to.minusDays(range(ctx) - 1L), to);
    }

    private static int range(Context ctx) {
        String r = ctx.queryParam("range");
        return "7".equals(r) ? 7 : "90".equals(r) ? 90 : 30;
    }

    static String caloriesSvg(ReportService.Report rep) {
        List<String> labels = rep.calories().stream().map(c -> c.day().toString().substring(5)).toList();
        List<Double> eaten = rep.calories().stream().map(ReportService.CalorieDay::eatenKcal).toList();
        List<Svg.Line> lines = new java.util.ArrayList<>();
        lines.add(new Svg.Line("goal", "Goal", rep.calories().stream()
                .map(c -> c.goalKcal() == null ? null : c.goalKcal().doubleValue()).toList()));
        lines.add(new Svg.Line("tdee", "Estimated expenditure", rep.calories().stream()
                .map(ReportService.CalorieDay::expenditureKcal).toList()));
        return Svg.bars("Calories eaten by day (bars), goal (dashed) and estimated expenditure (line), kcal", "kcal",
                labels, eaten, lines);
    }

    static String macrosSvg(ReportService.Report rep) {
        return Svg.stacked("Share of energy from protein, carbohydrate and fat by week",
                rep.macros().stream().map(m -> m.monday().toString().substring(5)).toList(),
                rep.macros().stream().map(m -> new double[] {m.proteinKcal(), m.carbsKcal(), m.fatKcal()}).toList(),
                List.of("protein", "carbs", "fat"));
    }

    static String coverageSvg(ReportService.Report rep) {
        return Svg.bars("Average daily intake as % of your reference intake", "%",
                rep.coverage().stream().map(c -> c.name().length() > 10 ? c.name().substring(0, 10) : c.name()).toList(),
                rep.coverage().stream().map(c -> (double) c.percent()).toList(),
                List.of(new Svg.Line("goal", "100 %", rep.coverage().stream().map(c -> 100.0).toList())));
    }
}
