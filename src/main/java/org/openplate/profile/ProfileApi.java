package org.openplate.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.units.HealthWarning;
import org.openplate.web.FieldReader;
import org.openplate.web.ApiRoutes;

/** {@code GET/PUT /api/v1/profile}. Bodies use the same field names as the profile form. */
final class ProfileApi implements ApiRoutes {

    private final ProfileService profiles;
    private final AuthGuard guard;
    private final ObjectMapper json;

    public ProfileApi(ProfileService profiles, AuthGuard guard, ObjectMapper json) {
        this.profiles = profiles;
        this.guard = guard;
        this.json = json;
    }

    /** The profile as JSON, in metric, with today's calorie goal when the profile is complete. */
    public record ProfileJson(String sex, String birthDate, Integer age, Double heightCm, Double weightKg,
                              String activity, String goal, Double targetWeightKg, String units, String timeZone,
                              String equation, Double bodyFatPct, int carbsPct, int proteinPct, int fatPct,
                              CalorieGoalResponse calorieGoal, List<HealthWarning> warnings) {
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/profile", this::get);
        r.put("/api/v1/profile", this::put);
        r.patch("/api/v1/profile", this::put);
    }

    private void get(Context ctx) {
        ctx.json(toJson(profiles.get(guard.requireUser(ctx))));
    }

    private void put(Context ctx) {
        UserId user = guard.requireUser(ctx);
        Profile current = profiles.get(user);
        ProfileUpdate update = ProfileForm.read(FieldReader.json(json, ctx.body()), current, profiles.today(current));
        ctx.json(toJson(profiles.update(user, update)));
    }


    private ProfileJson toJson(Profile p) {
        var input = profiles.calculatorInput(p);
        CalorieGoalResponse goal = input.map(in -> CalorieGoalResponse.of(in,
                profiles.calorieGoal(p).orElseThrow())).orElse(null);
        return new ProfileJson(p.sex() == null ? null : p.sex().code(),
                p.birthDate() == null ? null : p.birthDate().toString(),
                p.ageOn(profiles.today(p)).orElse(null), p.heightCm(), p.weightKg(), p.activity().code(),
                p.goal().code(), p.targetWeightKg(), p.units().code(), p.zone().getId(), p.equation().code(),
                p.bodyFatPct(), p.macros().carbsPct(), p.macros().proteinPct(), p.macros().fatPct(), goal,
                p.targetWeightKg() == null ? List.of()
                        : HealthWarning.target(p.targetWeightKg(), p.heightCm(), p.units(), null).stream().toList());
    }
}
