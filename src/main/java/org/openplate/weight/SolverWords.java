package org.openplate.weight;

import java.time.LocalDate;
import java.util.Locale;
import org.openplate.energy.GoalSolver;
import org.openplate.units.Dates;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/**
 * The goal solver's answer in plain words, in the user's units and the app's date style. It never
 * names an intake below the calorie floor (the bisection can bottom out at 0 kcal): it names the floor
 * and the date the floor does reach instead.
 */
final class SolverWords {

    private SolverWords() {
    }

    static String say(GoalSolver.Solution s, LocalDate today, double startKg, UnitSystem units) {
        String target = Measures.formatWeight(s.targetKg(), units);
        String by = Dates.day(today.plusDays(s.days()));
        return switch (s.outcome()) {
            case REACHABLE -> "Eat about " + kcal(s.intakeKcal()) + " kcal a day to reach " + target + " by " + by + ".";
            case BELOW_FLOOR -> "Reaching " + target + " by " + by + " would need less than "
                    + kcal(s.floorKcal()) + " kcal a day, the lowest intake this app suggests without medical"
                    + " supervision. Eating " + kcal(s.floorKcal()) + " kcal a day you would weigh about "
                    + Measures.formatWeight(s.weightAtDateKg(), units) + " by then"
                    + (s.daysInstead() == null
                        ? ", and your weight levels off before " + target + "."
                        : " and reach " + target + " around " + Dates.day(today.plusDays(s.daysInstead())) + ".");
            case TOO_FAST -> "Losing " + Measures.formatWeight(startKg - s.targetKg(), units) + " by " + by + " is "
                    + String.format(Locale.ROOT, "%.1f", 100 * s.weeklyLossShare()) + " % of your weight a week,"
                    + " faster than the 1 % a week that is safe without medical supervision. At a safe pace you reach "
                    + target + " around " + Dates.day(today.plusDays(s.daysInstead())) + "; choose that date or later.";
        };
    }

    private static String kcal(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
}
