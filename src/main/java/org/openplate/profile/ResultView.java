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

    /**
     * The BMR equation with the user's figures. The equations are defined in kg and cm; in US units the
     * figures are shown in lb and in with the exact conversion written out ("150.0 lb × 0.4536").
     */
    public String bmrFormula() {
        boolean male = input.sex() == org.openplate.energy.Sex.MALE;
        String w = w(input.weightKg());
        String h = h(input.heightCm());
        int age = input.ageYears();
        return switch (result.equation()) {
            case MIFFLIN_ST_JEOR -> "10 × " + w + " + 6.25 × " + h + " − 5 × " + age + " y " + (male ? "+ 5" : "− 161");
            case HARRIS_BENEDICT_REVISED -> male
                    ? "88.362 + 13.397 × " + w + " + 4.799 × " + h + " − 5.677 × " + age + " y"
                    : "447.593 + 9.247 × " + w + " + 3.098 × " + h + " − 4.330 × " + age + " y";
            case KATCH_MCARDLE -> "370 + 21.6 × " + w(input.weightKg() * (1 - input.bodyFatPct() / 100))
                    + " lean mass (" + Measures.formatWeight(input.weightKg(), units) + " at "
                    + String.format(Locale.ROOT, "%.1f", input.bodyFatPct()) + " % fat)";
        };
    }

    private String w(double kg) {
        return units == UnitSystem.US ? String.format(Locale.ROOT, "(%.1f lb × 0.4536)", Measures.kgToLb(kg))
                : String.format(Locale.ROOT, "%.1f kg", kg);
    }

    private String h(double cm) {
        return units == UnitSystem.US ? String.format(Locale.ROOT, "(%.1f in × 2.54)", Measures.cmToInches(cm))
                : String.format(Locale.ROOT, "%.1f cm", cm);
    }
}
