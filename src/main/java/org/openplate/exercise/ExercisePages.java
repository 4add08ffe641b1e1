package org.openplate.exercise;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.units.Dates;
import org.openplate.web.Routes;
import org.openplate.web.FieldReader;
import org.openplate.web.Views;

/** Exercise pages: the day's log with forms, the saved entry with back-care advice, the pain chart, the timer. */
final class ExercisePages implements Routes {

    private final ExerciseService exercise;
    private final AuthGuard guard;
    private final Views views;

    public ExercisePages(ExerciseService exercise, AuthGuard guard, Views views) {
        this.exercise = exercise;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/exercise", ctx -> ctx.redirect("/exercise/" + exercise.today(guard.requireUser(ctx)),
                HttpStatus.SEE_OTHER));
        r.get("/exercise/back-care", this::backCare);
        r.get("/exercise/stretch-timer", ctx -> views.send(ctx, 200, "exercise/timer.jte",
                views.page(ctx, "Stretch timer")));
        r.post("/exercise/settings", ctx -> {
            UserId u = guard.requireUser(ctx);
            exercise.saveNetOfRest(u, ExerciseRequests.netOfRest(ctx.formParam("netOfRest") == null ? "false"
                    : ctx.formParam("netOfRest")));
            ctx.redirect("/exercise?notice=" + enc("Exercise settings saved."), HttpStatus.SEE_OTHER);
        });
        r.get("/exercise/entries/{id}", ctx -> {
            UserId u = guard.requireUser(ctx);
            ExerciseEntry e = exercise.entry(u, id(ctx));
            views.send(ctx, 200, "exercise/entry.jte", views.page(ctx, e.name()), "entry", e,
                    "advice", exercise.advice(u, e.id()), "units", exercise.units(u));
        });
        r.post("/exercise/entries/{id}/delete", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = exercise.entry(u, id(ctx)).day();
            exercise.delete(u, id(ctx));
            ctx.redirect("/exercise/" + d + "?notice=" + enc("Exercise deleted."), HttpStatus.SEE_OTHER);
        });
        r.get("/exercise/{date}", ctx -> day(ctx, 200, null));
        r.post("/exercise/{date}/entries", ctx -> {
            UserId u = guard.requireUser(ctx);
            try {
                Map<String, String> fields = new HashMap<>();
                ctx.formParamMap().forEach((k, v) -> fields.put(k, v.isEmpty() ? null : String.join(",", v)));
                optionalCheckIn(fields);
                fields.put("date", date(ctx).toString());
                ExerciseService.Logged logged = exercise.log(u, ExerciseRequests.logActivity(FieldReader.of(fields),
                        exercise.catalog()));
                ExerciseEntry e = logged.entry();
                String detail = ExerciseFormat.detail(e);
                // back to the day's list, the notice at the top; a check-in's advice is summed up under it
                ctx.redirect("/exercise/" + e.day() + "?notice=" + enc("Logged " + e.name()
                        + (detail.isEmpty() ? "" : ", " + detail) + " · " + ExerciseFormat.kcal(e.kcal()) + " kcal")
                        + (e.checkIn() == null ? "" : "&logged=" + e.id()) + "#notice", HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                day(ctx, 400, e);
            }
        });
    }

    private LocalDate date(Context ctx) {
        try {
            return exercise.checkedDate(guard.requireUser(ctx), FieldReader.date("date", ctx.pathParam("date")));
        } catch (BadInputException e) {
            throw new NotFoundException("There is no exercise page for " + ctx.pathParam("date") + ".");
        }
    }

    private void day(Context ctx, int status, BadInputException error) {
        UserId u = guard.requireUser(ctx);
        LocalDate d = date(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<Activity> results = q.isEmpty() || q.length() > 100 ? List.of() : exercise.catalog().search(q, 12);
        List<Activity> recent = exercise.recentActivities(u);
        views.send(ctx, status, "exercise/day.jte", views.page(ctx, "Exercise · " + Dates.day(d)), "day", exercise.day(u, d),
                "q", q, "results", results, "recent", recent, "netOfRest", exercise.netOfRest(u),
                "error", error == null ? null : error.getMessage(), "errorField", error == null ? null : error.field(),
                "perMinute", exercise.kcalPerMinute(u, q.isEmpty() ? recent : results),
                "lastCheckIn", exercise.lastCheckIn(u).orElse(null), "logged", loggedAdvice(ctx, u), "loggedId", ctx.queryParam("logged"),
                "units", exercise.units(u));
    }

    /** The advice of a just-logged entry's check-in (the {@code logged} query), for the day's page. */
    private List<BackCareGuidance.Advice> loggedAdvice(Context ctx, UserId u) {
        String id = ctx.queryParam("logged");
        if (id == null) {
            return List.of();
        }
        try {
            return exercise.advice(u, Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            return List.of();
        }
    }

    /**
     * The page's check-in is optional: its fields (prefilled from the last check-in) count only when the user
     * ticks "Save a check-in", or marks a warning sign, which is never dropped. The API takes a check-in
     * whenever pain figures are sent.
     */
    static void optionalCheckIn(Map<String, String> fields) {
        if (fields.containsKey("checkInForm") && !"yes".equals(fields.get("checkIn"))
                && fields.get("redFlags") == null) {
            List.of("painBefore", "painAfter", "holdSeconds", "effort", "areas").forEach(fields::remove);
        }
    }

    private void backCare(Context ctx) {
        UserId u = guard.requireUser(ctx);
        views.send(ctx, 200, "exercise/backcare.jte", views.page(ctx, "Back care"), "checkIns", exercise.checkIns(u),
                "chart", BackCareChart.figure(exercise.checkIns(u)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No exercise entry with id " + ctx.pathParam("id") + ".");
        }
    }
}
