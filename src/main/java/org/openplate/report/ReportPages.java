package org.openplate.report;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.chart.Size;
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
                    range(ctx), "calories", ReportCharts.figure("calories", rep), "macros",
                    ReportCharts.figure("macros", rep), "coverage", ReportCharts.figure("coverage", rep));
        });
        r.get("/reports/{chart}.svg", ctx -> {
            UserId u = guard.requireUser(ctx);
            ReportService.Report rep = report(ctx, u);
            String name = ctx.pathParam("chart");
            if (!ReportCharts.NAMES.contains(name)) {
                throw new org.openplate.common.NotFoundException("No such chart.");
            }
            // a downloaded file has no page stylesheet: colours go in as presentation attributes (see Paint)
            String svg = views.render("chart/standalone.jte", java.util.Map.of("chart",
                    ReportCharts.chart(name, rep, Size.WIDE)));
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
}
