package org.openplate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openplate.App;
import org.openplate.energy.HallModel;
import org.openplate.energy.Sex;
import org.openplate.units.Measures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The Hall et al. (2011) body-weight model on the command line. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Predict body weight day by day after a lasting change of intake (Hall et al., Lancet 2011).")
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sex", required = true, description = "female or male") String sex;
    @Option(names = "--age", required = true, description = "years, 18-100") double age;
    @Option(names = "--height", required = true, description = "180cm, 1.8m or 5ft11in") String height;
    @Option(names = "--weight", required = true, description = "80kg or 176lb") String weight;
    @Option(names = "--pal", defaultValue = "1.5", description = "physical activity level, 1.0-2.5 (default 1.5)") double pal;
    @Option(names = "--intake-change", defaultValue = "0", description = "kcal/day, e.g. -250") double change;
    @Option(names = "--days", defaultValue = "365", description = "1-36,500 (default 365)") int days;
    @Option(names = "--json", description = "print {\"days\":[{\"day\":0,\"weightKg\":…},…]}") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HallModel.Person person;
        try {
            Sex s = Sex.fromCode(sex).orElseThrow(() -> new IllegalArgumentException("--sex must be female or male"));
            double cm = Measures.parseHeightCm(height);
            double kg = Measures.parseWeightKg(weight);
            if (days < 1 || days > 36_500) {
                throw new IllegalArgumentException("--days must be 1-36,500");
            }
            if (change < -5000 || change > 5000) {
                throw new IllegalArgumentException("--intake-change must be between -5,000 and 5,000 kcal/day");
            }
            person = new HallModel.Person(s, age, cm / 100, kg, pal);
        } catch (IllegalArgumentException e) {   // includes MeasureFormatException
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        HallModel model = new HallModel(person);
        double intake = model.baselineIntakeKcal() + change;
        if (intake < 0) {
            err.println("error: --intake-change takes intake below zero (baseline is "
                    + Math.round(model.baselineIntakeKcal()) + " kcal/day)");
            err.flush();
            return 2;
        }
        List<HallModel.DayPoint> run = model.simulateConstantChange(days, change);
        if (json) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (HallModel.DayPoint p : run) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("day", p.day());
                m.put("weightKg", Math.round(p.weightKg() * 100) / 100.0);
                points.add(m);
            }
            out.println(App.objectMapper().writeValueAsString(Map.of("days", points)));
        } else {
            out.printf(Locale.ROOT, "Baseline intake %.0f kcal/day (PAL %.2f × RMR %.0f); intake %.0f kcal/day.%n",
                    model.baselineIntakeKcal(), pal, model.rmrKcal(), intake);
            out.printf(Locale.ROOT, "%6s  %9s  %9s  %9s  %12s%n", "day", "weight kg", "fat kg", "lean kg", "expend. kcal");
            for (HallModel.DayPoint p : run) {
                if (p.day() % 30 == 0 || p.day() == days) {
                    out.printf(Locale.ROOT, "%6d  %9.2f  %9.2f  %9.2f  %12.0f%n", p.day(), p.weightKg(), p.fatKg(),
                            p.leanKg(), p.expenditureKcal());
                }
            }
            double end = run.get(run.size() - 1).weightKg();
            out.printf(Locale.ROOT, "After %d days: %.2f kg (%+.2f kg); in the long run about %.1f kg.%n", days, end,
                    end - person.weightKg(), model.plateauWeightKg(intake));
            out.printf(Locale.ROOT, "The 3,500-kcal rule would say %+.2f kg after %d days.%n",
                    HallModel.staticRuleChangeKg(change, days), days);
        }
        out.flush();
        return 0;
    }
}
