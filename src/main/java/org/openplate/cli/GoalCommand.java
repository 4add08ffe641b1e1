package org.openplate.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openplate.App;
import org.openplate.common.BadInputException;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.energy.CalorieGoalResult;
import org.openplate.profile.CalculatorForm;
import org.openplate.web.FieldReader;
import org.openplate.profile.CalorieGoalResponse;
import org.openplate.profile.ResultView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The calculator on the command line; {@code --json} prints exactly what the API returns. */
@Command(name = "goal", mixinStandardHelpOptions = true,
        description = "Compute a daily calorie goal (Mifflin-St Jeor, activity factor, 3,500 kcal/lb rule, floors).")
final class GoalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sex", required = true, description = "female or male") String sex;
    @Option(names = "--height", required = true, description = "5ft4in, 5'4\", 64in or 162.5cm") String height;
    @Option(names = "--weight", required = true, description = "150lb, 68kg or 10st10lb") String weight;
    @Option(names = "--age", required = true, description = "years, 13-120") String age;
    @Option(names = "--activity", defaultValue = "sedentary", description = "sedentary|light|moderate|very|extra") String activity;
    @Option(names = "--goal", defaultValue = "maintain", description = "gain-2 … maintain … lose-2") String goal;
    @Option(names = "--units", description = "us or metric, for the human-readable output") String units;
    @Option(names = "--body-fat", description = "body-fat %%, optional") String bodyFat;
    @Option(names = "--equation", description = "mifflin (default), harris-benedict or katch-mcardle") String equation;
    @Option(names = "--json", description = "print the API's JSON") boolean json;

    @Override
    public Integer call() throws Exception {
        Map<String, String> p = new HashMap<>();
        p.put("sex", sex);
        p.put("height", height);
        p.put("weight", weight);
        p.put("age", age);
        p.put("activity", activity);
        p.put("goal", goal);
        p.put("units", units);
        p.put("bodyFat", bodyFat);
        p.put("equation", equation);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CalculatorForm.Parsed parsed;
        try {
            parsed = CalculatorForm.parse(FieldReader.of(p));
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        CalorieGoalResult r = new CalorieGoalCalculator().calculate(parsed.input());
        if (json) {
            out.println(App.objectMapper().writeValueAsString(CalorieGoalResponse.of(parsed.input(), r)));
        } else {
            out.print(HumanReadable.goal(new ResultView(parsed.input(), r, parsed.units())));
        }
        out.flush();
        return 0;
    }
}
