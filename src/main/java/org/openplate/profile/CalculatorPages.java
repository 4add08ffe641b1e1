package org.openplate.profile;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.energy.CalorieGoalResult;
import org.openplate.units.UnitSystem;
import org.openplate.web.FieldReader;
import org.openplate.web.Views;

/**
 * The calorie-goal widget: the home page shows the form, {@code /calculator} shows the result
 * with its formula and sources, and "sign up with this goal" carries the entries to sign-up.
 */
final class CalculatorPages implements org.openplate.web.Routes {

    private final CalorieGoalCalculator calculator;
    private final ProfileService profiles;
    private final AuthGuard guard;
    private final Views views;

    public CalculatorPages(CalorieGoalCalculator calculator, ProfileService profiles, AuthGuard guard, Views views) {
        this.calculator = calculator;
        this.profiles = profiles;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/", this::home);
        r.get("/calculator", this::calculate);
        r.post("/profile/goal", this::saveToProfile);
    }

    private UnitSystem defaultUnits(Context ctx) {
        return guard.session(ctx).map(s -> profiles.get(s.userId()).units()).orElse(UnitSystem.US);
    }

    /** The widget's fields as typed in the query (absent ones null), to show them back. */
    private static Map<String, String> typed(Context ctx) {
        Map<String, String> values = new HashMap<>();
        for (String f : CalculatorView.FIELDS) {
            values.put(f, ctx.queryParam(f));
        }
        values.put("units", ctx.queryParam("units"));
        return values;
    }

    private void home(Context ctx) {
        Profile p = guard.session(ctx).map(s -> profiles.get(s.userId())).orElse(null);
        CalculatorView form = CalculatorView.fromValues(typed(ctx), p == null ? UnitSystem.US : p.units());
        if (ctx.queryParam("sex") == null && p != null) {
            CalculatorView empty = form;
            form = profiles.calculatorInput(p).map(in -> CalculatorView.of(in, p.units())).orElse(empty);
        }
        views.send(ctx, 200, "home.jte", views.page(ctx, "Calorie goal calculator"), "form", form);
    }

    private void calculate(Context ctx) {
        CalculatorView form = CalculatorView.fromValues(typed(ctx), defaultUnits(ctx));
        try {
            CalculatorForm.Parsed parsed = CalculatorForm.parse(FieldReader.query(ctx));
            CalorieGoalResult result = calculator.calculate(parsed.input());
            views.send(ctx, 200, "calculator/result.jte", views.page(ctx, "Your daily calorie goal"),
                    "form", form, "view", new ResultView(parsed.input(), result, parsed.units()));
        } catch (BadInputException e) {
            views.send(ctx, 400, "home.jte", views.page(ctx, "Calorie goal calculator"),
                    "form", form.withErrors(e));
        }
    }

    private void saveToProfile(Context ctx) {
        UserId user = guard.requireUser(ctx);
        CalculatorForm.Parsed parsed = CalculatorForm.parse(FieldReader.form(ctx));
        profiles.applyCalculator(user, parsed.input(), parsed.units());
        ctx.redirect("/profile?notice=Your%20profile%20now%20uses%20this%20goal.", HttpStatus.SEE_OTHER);
    }
}
