package org.openplate.profile;

import java.util.Locale;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.CalorieGoalResult;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/** A calculator result with every figure formatted in the user's units for the result page. */
public record ResultView(CalorieGoalInput input, CalorieGoalResult result, UnitSystem units) {

    public String height() {
        return Measures.formatHeight(input.heightCm(), units);
    }

    public String weight() {
        return Measures.formatWeight(input.weightKg(), units);
    }

    public String goalLabel() {
        return input.goal().label(units == UnitSystem.METRIC);
    }

    /** The weekly change the goal actually gives, in the user's unit. */
    public String weeklyChange() {
        return Measures.formatWeeklyRate(Measures.lbToKg(result.weeklyChangeLb()), units);
    }

    public String kcal(double v) {
        return String.format(Locale.US, "%,d", Math.round(v));
    }

    public String bmi() {
        return String.format(Locale.ROOT, "%.1f", result.bmi());
    }

    /** The daily energy change from the goal, signed, e.g. "−500" or "+250". */
    public String goalDelta() {
        long d = Math.round(input.goal().dailyKcalDelta());
        return (d > 0 ? "+" : d < 0 ? "−" : "±") + String.format(Locale.US, "%,d", Math.abs(d));
    }

    public String carryQuery() {
        return CalculatorView.carryQuery(input, units);
    }

    public String bmrFormula() {
        return switch (result.equation()) {
            case MIFFLIN_ST_JEOR -> String.format(Locale.ROOT, "10 × %.1f kg + 6.25 × %.1f cm − 5 × %d y %s",
                    input.weightKg(), input.heightCm(), input.ageYears(),
                    input.sex() == org.openplate.energy.Sex.MALE ? "+ 5" : "− 161");
            case HARRIS_BENEDICT_REVISED -> input.sex() == org.openplate.energy.Sex.MALE
                    ? String.format(Locale.ROOT, "88.362 + 13.397 × %.1f kg + 4.799 × %.1f cm − 5.677 × %d y",
                    input.weightKg(), input.heightCm(), input.ageYears())
                    : String.format(Locale.ROOT, "447.593 + 9.247 × %.1f kg + 3.098 × %.1f cm − 4.330 × %d y",
                    input.weightKg(), input.heightCm(), input.ageYears());
            case KATCH_MCARDLE -> String.format(Locale.ROOT, "370 + 21.6 × %.1f kg lean mass (%.1f kg at %.1f %% fat)",
                    input.weightKg() * (1 - input.bodyFatPct() / 100), input.weightKg(), input.bodyFatPct());
        };
    }
}
