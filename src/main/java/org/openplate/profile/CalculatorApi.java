package org.openplate.profile;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.web.FieldReader;
import org.openplate.web.ApiRoutes;

/** {@code GET /api/v1/calorie-goal}: the widget's calculation as JSON. Public, no sign-in. */
final class CalculatorApi implements ApiRoutes {

    private final CalorieGoalCalculator calculator;

    public CalculatorApi(CalorieGoalCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/calorie-goal", this::calculate);
    }

    private void calculate(Context ctx) {
        CalculatorForm.Parsed parsed = CalculatorForm.parse(FieldReader.query(ctx));
        ctx.json(CalorieGoalResponse.of(parsed.input(), calculator.calculate(parsed.input())));
    }
}
