package org.openplate.weight;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.chart.Size;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.web.FieldReader;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** The weight page: chart of scale weight and trend over a range, weigh-in form, CSV import, the list. */
final class WeightPages implements Routes {

    private final WeightService weights;
    private final ProjectionService projections;
    private final ExpenditureService expenditure;
    private final AuthGuard guard;
    private final Views views;

    public WeightPages(WeightService weights, ProjectionService projections, ExpenditureService expenditure,
                       AuthGuard guard, Views views) {
        this.expenditure = expenditure;
        this.weights = weights;
        this.projections = projections;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/weight", ctx -> show(ctx, 200, null));
        r.get("/weight/projection", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                Projection p = projections.project(u, WeightRequests.projection(FieldReader.query(ctx), weights.units(u)))
                        .orElse(null);
                views.send(ctx, 200, "weight/projection.jte", views.page(ctx, "Projection"), "p", p,
                        "chart", WeightCharts.projection(p), "error", null, "errorField", null);
            } catch (BadInputException e) {
                Projection p = projections.project(u, ProjectionQuery.NONE).orElse(null);
                views.send(ctx, 400, "weight/projection.jte", views.page(ctx, "Projection"), "p", p,
                        "chart", WeightCharts.projection(p), "error", e.getMessage(), "errorField", e.field());
            }
        });
        r.post("/weight/goal/adaptive", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                int kcal = expenditure.adopt(u);
                ctx.redirect("/weight?notice=" + enc("Daily goal set to " + kcal + " kcal from your expenditure."),
                        HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                show(ctx, 400, e);
            }
        });
        r.post("/weight/goal/formula", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                int kcal = expenditure.useFormula(u);
                ctx.redirect("/weight?notice=" + enc("Daily goal recalculated: " + kcal + " kcal."),
                        HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                show(ctx, 400, e);
            }
        });
        r.get("/weight/chart.svg", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.contentType("image/svg+xml");
            ctx.header("Content-Disposition", "attachment; filename=\"weight.svg\"");
            // a downloaded file has no page stylesheet: colours go in as presentation attributes (see chart.Paint)
            ctx.result(views.render("chart/standalone.jte", java.util.Map.of("chart",
                    WeightCharts.trend(weights.series(u, from(ctx, u), weights.today(u)), Size.WIDE))));
        });
        r.post("/weight", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                weights.add(u, WeightRequests.weighIn(FieldReader.form(ctx), weights.units(u), weights.today(u), true));
                ctx.redirect("/weight?notice=" + enc("Weigh-in saved."), HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                show(ctx, 400, e);
            }
        });
        r.post("/weight/import", ctx -> {
            UserId u = guard.requireUser(ctx);
            WeightService.ImportResult res = weights.importCsv(u, WeighInCsv.read(ctx.formParam("csv"),
                    weights.units(u), weights.today(u)));
            String notice = "Imported " + res.inserted() + " of " + res.read() + " rows"
                    + (res.rejected().isEmpty() ? "." : "; rejected: " + String.join("; ", res.rejected().subList(0,
                    Math.min(5, res.rejected().size()))) + (res.rejected().size() > 5 ? " …" : ""));
            ctx.redirect("/weight?range=all&notice=" + enc(notice), HttpStatus.SEE_OTHER);
        });
        r.post("/weight/{id}/delete", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                weights.delete(u, Long.parseLong(ctx.pathParam("id")));
            } catch (NumberFormatException e) {
                throw new NotFoundException("No such weigh-in.");
            }
            ctx.redirect("/weight?notice=" + enc("Weigh-in deleted."), HttpStatus.SEE_OTHER);
        });
    }

    private LocalDate from(Context ctx, UserId u) {
        LocalDate today = weights.today(u);
        return switch (range(ctx)) {
            case "1m" -> today.minusMonths(1);
            case "1y" -> today.minusYears(1);
            case "all" -> LocalDate.of(1900, 1, 1);
            default -> today.minusMonths(3);
        };
    }

    private static String range(Context ctx) {
        String r = ctx.queryParam("range");
        return r == null || !java.util.List.of("1m", "3m", "1y", "all").contains(r) ? "3m" : r;
    }

    private void show(Context ctx, int status, BadInputException error) {
        UserId u = guard.requireUser(ctx);
        WeightService.Series s = weights.series(u, from(ctx, u), weights.today(u));
        views.send(ctx, status, "weight/weight.jte", views.page(ctx, "Weight"), "series", s, "range", range(ctx),
                "chart", WeightCharts.trend(s), "today", weights.today(u), "errors", org.openplate.web.FormErrors.of(error),
                "spend", expenditure.view(u));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
