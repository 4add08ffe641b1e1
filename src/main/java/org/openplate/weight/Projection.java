package org.openplate.weight;

import java.time.LocalDate;
import java.util.List;
import org.openplate.energy.GoalSolver;
import org.openplate.energy.HallModel;
import org.openplate.units.Dates;
import org.openplate.units.HealthWarning;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/**
 * A projection at the user's daily goal: the Hall model's curve, the 3,500-kcal rule's straight
 * line, when the target is reached (or the plateau), and optionally a solved intake for a date.
 */
public record Projection(LocalDate start, double startKg, int goalKcal, double baselineKcal, List<HallModel.DayPoint> model,
                         double plateauKg, Double targetKg, LocalDate targetDate, GoalSolver.Solution solution,
                         LocalDate solveBy, UnitSystem units, List<HealthWarning> warnings) {

    public Projection {
        model = List.copyOf(model);
        warnings = List.copyOf(warnings);
    }

    public static final int DAYS = 1095;

    /** The 3,500-kcal rule's weight on a day: a straight line that never slows. */
    public double staticKg(int day) {
        return startKg + HallModel.staticRuleChangeKg(goalKcal - baselineKcal, day);
    }

    public String weight(double kg) {
        return Measures.formatWeight(kg, units);
    }

    /** The solver's answer in words, or null when nothing was solved. */
    public String solutionText() {
        return solution == null ? null : SolverWords.say(solution, start, startKg, units);
    }

    /** "Tue 1 Dec 2026". */
    public String date(LocalDate d) {
        return Dates.day(d);
    }

    /** The target's value in the user's units for the form field, one decimal; "" when none. */
    public String targetInput() {
        return targetKg == null ? "" : String.format(java.util.Locale.ROOT, "%.1f",
                units == UnitSystem.US ? Measures.kgToLb(targetKg) : targetKg);
    }

    public String unitSymbol() {
        return units == UnitSystem.US ? "lb" : "kg";
    }

    public double modelAt(int day) {
        return model.get(Math.min(day, model.size() - 1)).weightKg();
    }
}
