package org.openplate.weight;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.energy.GoalSolver;
import org.openplate.units.HealthWarning;
import org.openplate.web.ApiError;
import org.openplate.web.FieldReader;
import org.openplate.web.ApiRoutes;

/**
 * {@code GET /api/v1/projection?target=&by=}: the projection page as JSON (weights in kg, dates ISO), with
 * the goal solver's answer and the same health warnings, messages in the user's units.
 */
final class ProjectionApi implements ApiRoutes {

    private final ProjectionService projections;
    private final WeightService weights;
    private final AuthGuard guard;

    ProjectionApi(ProjectionService projections, WeightService weights, AuthGuard guard) {
        this.projections = projections;
        this.weights = weights;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/projection", ctx -> {
            UserId u = guard.requireUser(ctx);
            Optional<Projection> p = projections.project(u,
                    WeightRequests.projection(FieldReader.query(ctx), weights.units(u)));
            if (p.isEmpty()) {
                ctx.status(422).json(new ApiError("profile_incomplete", "Add your sex, date of birth, height and"
                        + " weight to your profile to see a projection.", null));
                return;
            }
            ctx.json(json(p.get()));
        });
    }

    static Map<String, Object> json(Projection p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", p.start().toString());
        m.put("startKg", round(p.startKg()));
        m.put("goalKcal", p.goalKcal());
        m.put("maintenanceKcal", Math.round(p.baselineKcal()));
        m.put("inOneYearKg", round(p.modelAt(365)));
        m.put("plateauKg", round(p.plateauKg()));
        m.put("targetKg", p.targetKg() == null ? null : round(p.targetKg()));
        m.put("targetDate", p.targetDate() == null ? null : p.targetDate().toString());
        m.put("solver", p.solution() == null ? null : solver(p));
        m.put("warnings", p.warnings().stream().map(ProjectionApi::warning).toList());
        return m;
    }

    private static Map<String, Object> solver(Projection p) {
        GoalSolver.Solution s = p.solution();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", s.outcome().name().toLowerCase(Locale.ROOT));
        m.put("by", p.solveBy().toString());
        m.put("intakeKcal", Math.round(s.intakeKcal()));
        m.put("floorKcal", Math.round(s.floorKcal()));
        m.put("weightAtDateKg", round(s.weightAtDateKg()));
        m.put("reachableDate", s.daysInstead() == null ? null : p.start().plusDays(s.daysInstead()).toString());
        m.put("message", p.solutionText());
        return m;
    }

    private static Map<String, Object> warning(HealthWarning w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", w.code());
        m.put("message", w.message());
        m.put("healthyMinKg", round(w.healthyMinKg()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
