package org.openplate.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The daily calorie goal: BMR × activity factor, plus 500 kcal/day per lb/week of the chosen goal (the static
 * 3,500 kcal/lb rule, Wishnofsky 1958), never below the floor for the user's sex. Stateless and pure.
 */
public final class CalorieGoalCalculator {

    /** Lowest advised intake without medical supervision (Harvard Health; AHA/ACC/TOS 2013: women 1,200-1,500). */
    public static final int FLOOR_KCAL_WOMEN = 1200;
    /** Lowest advised intake without medical supervision (Harvard Health; AHA/ACC/TOS 2013: men 1,500-1,800). */
    public static final int FLOOR_KCAL_MEN = 1500;
    /**
     * A weekly change above 1 % of body weight is flagged as fast (rule of thumb; Helms et al.,
     * J Int Soc Sports Nutr 2014;11:20 advise losing 0.5-1 % of body weight a week). Applied to gains too.
     */
    public static final double MAX_WEEKLY_FRACTION_OF_WEIGHT = 0.01;
    /** The BMR equations were fitted on adults (Mifflin 1990: ages 19-78). */
    public static final int ADULT_AGE = 18;

    /** The floor for a sex. */
    public static int floorKcal(Sex sex) {
        return sex == Sex.MALE ? FLOOR_KCAL_MEN : FLOOR_KCAL_WOMEN;
    }

    public CalorieGoalResult calculate(CalorieGoalInput in) {
        double bmr = Bmr.of(in.equation(), in.sex(), in.weightKg(), in.heightCm(), in.ageYears(), in.bodyFatPct());
        double maintenance = bmr * in.activity().factor();
        int floor = floorKcal(in.sex());
        int requestedDaily = (int) Math.round(maintenance + in.goal().dailyKcalDelta());
        boolean floorApplied = requestedDaily < floor;
        int daily = floorApplied ? floor : requestedDaily;
        double weeklyLb = floorApplied
                ? (floor - maintenance) / WeeklyGoal.DAILY_KCAL_PER_LB_PER_WEEK
                : in.goal().lbPerWeek();
        double weeklyChangeLb = round2(weeklyLb);
        double weeklyChangeKg = round2(weeklyLb * WeeklyGoal.KG_PER_LB);
        double bmi = Math.round(in.weightKg() / Math.pow(in.heightCm() / 100, 2) * 10) / 10.0;
        BmiCategory category = BmiCategory.of(bmi);

        List<String> warnings = new ArrayList<>();
        if (floorApplied) {
            warnings.add(floorWarning(floor, weeklyChangeLb, weeklyChangeKg));
        }
        double requestedKg = Math.abs(in.goal().kgPerWeek());
        double limitKg = MAX_WEEKLY_FRACTION_OF_WEIGHT * in.weightKg();
        if (requestedKg > limitKg) {
            warnings.add(String.format(Locale.ROOT, "%s %s lb (%.2f kg) a week is more than 1%% of your body weight"
                    + " (%.2f kg) a week; a slower rate is safer and easier to sustain.",
                    in.goal().lbPerWeek() > 0 ? "Gaining" : "Losing", pounds(Math.abs(in.goal().lbPerWeek())),
                    requestedKg, limitKg));
        }
        if (in.ageYears() < ADULT_AGE) {
            warnings.add("These equations were developed for adults; growth changes energy needs under 18, so ask"
                    + " a paediatrician or registered dietitian before changing how much you eat.");
        }
        if (category == BmiCategory.UNDERWEIGHT && in.goal().lbPerWeek() < 0) {
            warnings.add(String.format(Locale.ROOT, "Your BMI of %.1f is below 18.5 (underweight); losing weight"
                    + " is not advised without talking to a doctor.", bmi));
        }
        return new CalorieGoalResult(bmr, maintenance, daily, floorApplied, floor, in.goal().lbPerWeek(),
                weeklyChangeLb, weeklyChangeKg, bmi, category, MacroTargets.of(daily, in.macros()), in.equation(),
                warnings);
    }

    private static String floorWarning(int floor, double lb, double kg) {
        String outcome;
        if (lb < 0) {
            outcome = String.format(Locale.ROOT, "lose about %.2f lb (%.2f kg) a week", -lb, -kg);
        } else if (lb > 0) {
            outcome = String.format(Locale.ROOT, "gain about %.2f lb (%.2f kg) a week", lb, kg);
        } else {
            outcome = "keep about the same weight";
        }
        return String.format(Locale.ROOT, "Your daily goal was raised to the floor of %,d kcal, the least advised"
                + " without medical supervision; at %,d kcal a day you can expect to %s.", floor, floor, outcome);
    }

    private static String pounds(double lb) {
        return lb == Math.rint(lb) ? Long.toString((long) lb) : Double.toString(lb);
    }

    private static double round2(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == 0 ? 0.0 : r;
    }
}
