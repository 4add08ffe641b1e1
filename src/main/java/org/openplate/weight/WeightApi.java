package org.openplate.weight;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.web.FieldReader;
import org.openplate.web.ApiRoutes;

/** {@code /api/v1/weights}: weigh-ins (CRUD), the trend series, CSV import. Weights are in kg in JSON. */
final class WeightApi implements ApiRoutes {

    private final WeightService weights;
    private final ExpenditureService expenditure;
    private final AuthGuard guard;
    private final ObjectMapper json;

    public WeightApi(WeightService weights, ExpenditureService expenditure,
                     AuthGuard guard, ObjectMapper json) {
        this.weights = weights;
        this.expenditure = expenditure;
        this.guard = guard;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/weights", ctx -> {
            UserId u = guard.requireUser(ctx);
            WeightService.Series s = series(ctx, u);
            ctx.json(org.openplate.web.Paged.of(ctx, s.weighIns().stream().map(WeightApi::item).toList(),
                    Map.of("from", s.from().toString(), "to", s.to().toString())));
        });
        r.get("/api/v1/weights/trend", ctx -> {
            UserId u = guard.requireUser(ctx);
            WeightService.Series s = series(ctx, u);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("from", s.from().toString());
            out.put("to", s.to().toString());
            out.put("latestTrendKg", s.latestTrendKg() == null ? null : round(s.latestTrendKg()));
            out.put("weeklyRateKg", round(s.weeklyRateKg()));
            out.put("targetKg", s.targetKg());
            out.put("days", s.points().stream().map(p -> {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("date", p.date().toString());
                d.put("scaleKg", p.scaleKg());
                d.put("trendKg", round(p.trendKg()));
                return d;
            }).toList());
            out.put("expenditure", expenditure(expenditure.summary(u)));
            ctx.json(out);
        });
        r.post("/api/v1/weights", ctx -> {
            UserId u = guard.requireUser(ctx);
            ctx.status(201).json(item(weights.add(u, WeightRequests.weighIn(FieldReader.json(json, ctx.body()),
                    weights.units(u), weights.today(u), true))));
        });
        r.post("/api/v1/weights/import", ctx -> {
            UserId u = guard.requireUser(ctx);
            WeightService.ImportResult res = weights.importCsv(u, WeighInCsv.read(ctx.body(), weights.units(u),
                    weights.today(u)));
            ctx.json(Map.of("read", res.read(), "inserted", res.inserted(), "rejected", res.rejected()));
        });
        r.get("/api/v1/weights/{id}", ctx -> ctx.json(item(weights.get(guard.requireUser(ctx), id(ctx)))));
        r.put("/api/v1/weights/{id}", ctx -> {
            UserId u = guard.requireUser(ctx);
            long id = id(ctx);
            weights.get(u, id);
            ctx.json(item(weights.update(u, id, WeightRequests.weighIn(FieldReader.json(json, ctx.body()),
                    weights.units(u), weights.today(u), false))));
        });
        r.delete("/api/v1/weights/{id}", ctx -> {
            weights.delete(guard.requireUser(ctx), id(ctx));
            ctx.status(204);
        });
    }

    private WeightService.Series series(Context ctx, UserId u) {
        LocalDate today = weights.today(u);
        LocalDate to = date(ctx.queryParam("to"), "to", today);
        LocalDate from = date(ctx.queryParam("from"), "from", to.minusDays(89));
        if (from.isAfter(to)) {
            throw new BadInputException("from", "from must not be after to.");
        }
        return weights.series(u, from, to);
    }

    private static LocalDate date(String text, String field, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException(field, field + " must be a date as yyyy-mm-dd.");
        }
    }

    /** The expenditure estimate, or its status and the plain-words reason there is none. */
    private static Map<String, Object> expenditure(ExpenditureService.Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", s.status());
        m.put("message", s.message());
        m.put("tdeeKcal", s.estimate() == null ? null : Math.round(s.estimate().tdeeKcal()));
        m.put("lowKcal", s.estimate() == null ? null : Math.round(s.estimate().lowKcal()));
        m.put("highKcal", s.estimate() == null ? null : Math.round(s.estimate().highKcal()));
        return m;
    }

    static Map<String, Object> item(WeighIn w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id());
        m.put("date", w.day().toString());
        m.put("weightKg", round(w.weightKg()));
        m.put("bodyFatPct", w.bodyFatPct());
        m.put("waistCm", w.waistCm() == null ? null : round(w.waistCm()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No weigh-in with id " + ctx.pathParam("id") + ".");
        }
    }
}
