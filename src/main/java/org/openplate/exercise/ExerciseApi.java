package org.openplate.exercise;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.web.FieldReader;
import org.openplate.web.ApiRoutes;

/** {@code /api/v1/exercise/...}: the activity catalogue, the log, check-ins and settings. */
final class ExerciseApi implements ApiRoutes {

    private final ExerciseService exercise;
    private final AuthGuard guard;
    private final ObjectMapper json;

    public ExerciseApi(ExerciseService exercise, AuthGuard guard, ObjectMapper json) {
        this.exercise = exercise;
        this.guard = guard;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/exercise/activities", ctx -> {
            String q = ctx.queryParam("q");
            if (q == null || q.isBlank()) {
                throw new BadInputException("q", "q is required: the activity to search for.");
            }
            int limit = limit(ctx.queryParam("limit"));
            ctx.json(Map.of("items", exercise.catalog().search(q, limit).stream().map(ExerciseApi::activity).toList()));
        });
        r.get("/api/v1/exercise/activities/{code}", ctx -> ctx.json(activity(exercise.catalog()
                .byCode(ctx.pathParam("code")).orElseThrow(() -> new NotFoundException("No activity with code "
                        + ctx.pathParam("code") + " in the 2024 Compendium.")))));
        r.post("/api/v1/exercise/entries", ctx -> {
            UserId u = guard.requireUser(ctx);
            ExerciseService.Logged logged = exercise.log(u, ExerciseRequests.logActivity(FieldReader.json(json, ctx.body()),
                    exercise.catalog()));
            Map<String, Object> out = entry(logged.entry());
            out.put("advice", logged.advice());
            ctx.status(201).json(out);
        });
        r.get("/api/v1/exercise/entries/{id}", ctx -> {
            UserId u = guard.requireUser(ctx);
            Map<String, Object> out = entry(exercise.entry(u, id(ctx)));
            out.put("advice", exercise.advice(u, id(ctx)));
            ctx.json(out);
        });
        r.delete("/api/v1/exercise/entries/{id}", ctx -> {
            exercise.delete(guard.requireUser(ctx), id(ctx));
            ctx.status(204);
        });
        r.get("/api/v1/exercise/days/{date}", ctx -> {
            UserId u = guard.requireUser(ctx);
            LocalDate d = exercise.checkedDate(u, FieldReader.date("date", ctx.pathParam("date")));
            ExerciseService.Day day = exercise.day(u, d);
            ctx.json(Map.of("date", d.toString(), "kcal", Math.round(day.kcal() * 100) / 100.0,
                    "entries", day.entries().stream().map(ExerciseApi::entry).toList()));
        });
        r.get("/api/v1/exercise/checkins", ctx -> ctx.json(org.openplate.web.Paged.of(ctx,
                exercise.checkIns(guard.requireUser(ctx)).stream().map(c -> Map.of("entryId", c.entryId(), "date",
                        c.day().toString(), "activity", c.activity(), "checkIn", checkIn(c.checkIn()))).toList())));
        r.get("/api/v1/exercise/settings", ctx -> ctx.json(Map.of("netOfRest",
                exercise.netOfRest(guard.requireUser(ctx)))));
        r.put("/api/v1/exercise/settings", ctx -> {
            UserId u = guard.requireUser(ctx);
            exercise.saveNetOfRest(u, ExerciseRequests.netOfRest(FieldReader.json(json, ctx.body()).text("netOfRest")));
            ctx.json(Map.of("netOfRest", exercise.netOfRest(u)));
        });
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return 10;
        }
        try {
            int v = Integer.parseInt(text.trim());
            if (v >= 1 && v <= 50) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new BadInputException("limit", "limit must be between 1 and 50.");
    }

    static Map<String, Object> activity(Activity a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code());
        m.put("edition", a.edition());
        m.put("heading", a.heading());
        m.put("description", a.description());
        m.put("met", a.met());
        m.put("flexibility", a.flexibility());
        return m;
    }

    static Map<String, Object> entry(ExerciseEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("date", e.day().toString());
        m.put("kind", e.kind());
        m.put("activityCode", e.activityCode());
        m.put("activityEdition", e.activityEdition());
        m.put("name", e.name());
        m.put("minutes", e.minutes());
        m.put("distanceKm", e.distanceKm());
        m.put("sets", e.sets());
        m.put("reps", e.reps());
        m.put("loadKg", e.loadKg());
        m.put("met", e.met());
        m.put("kcalPerMinute", e.kcalPerMinute());
        m.put("bodyWeightKg", e.bodyWeightKg());
        m.put("netOfRest", e.netOfRest());
        m.put("kcal", Math.round(e.kcal() * 100) / 100.0);
        m.put("kcalEntered", e.kcalOverride());
        m.put("formula", ExerciseFormat.formula(e));
        m.put("checkIn", e.checkIn() == null ? null : checkIn(e.checkIn()));
        return m;
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No exercise entry with id " + ctx.pathParam("id") + ".");
        }
    }


    /** A check-in with the same lower-case, hyphenated codes the API accepts ("lower-back", "mild"). */
    static Map<String, Object> checkIn(CheckIn c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("painBefore", c.painBefore());
        m.put("painAfter", c.painAfter());
        m.put("areas", c.areas().stream().sorted().map(CheckIn.Area::code).toList());
        m.put("holdSeconds", c.holdSeconds());
        m.put("effort", c.effort().code());
        m.put("redFlags", c.redFlags().stream().sorted().map(CheckIn.RedFlag::code).toList());
        return m;
    }
}
