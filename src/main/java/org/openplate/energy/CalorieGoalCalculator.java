package org.openplate.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The MyPlate-style calorie goal: BMR × activity factor, plus 500 kcal/day per lb/week of the goal
 * (the 3,500 kcal/lb rule, Wishnofsky 1958), never below the floor. Stateless and pure.
 */
public final class CalorieGoalCalculator {

    /** Floors without medical supervision (Harvard Health; AHA/ACC/TOS 2013: 1,200-1,500 women, 1,500-1,800 men). */
    public static final int FLOOR_KCAL_WOMEN = 1200;
    public static final int FLOOR_KCAL_MEN = 1500;
    /** A weekly change above 1 % of body weight is flagged as aggressive. */
    public static final double MAX_SAFE_WEEKLY_FRACTION = 0.01;
    /** The equations are for adults. */
    public static final int ADULT_AGE = 18;

    public CalorieGoalResult calculate(CalorieGoalInput in) {
        double bmr = Bmr.of(in.equation(), in.sex(), in.weightKg(), in.heightCm(), in.ageYears(), in.bodyFatPct());
        double maintenance = bmr * in.activity().factor();
        int floor = in.sex() == Sex.MALE ? FLOOR_KCAL_MEN : FLOOR_KCAL_WOMEN;
        int daily = (int) Math.round(maintenance + in.goal().dailyKcalDelta());
        boolean floorApplied = daily < floor;
        double weeklyLb = in.goal().lbPerWeek();
        List<String> warnings = new ArrayList<>();
        if (floorApplied) {
            daily = floor;
            weeklyLb = (floor - maintenance) / WeeklyGoal.DAILY_KCAL_PER_LB_PER_WEEK;
            warnings.add(String.format(Locale.ROOT, "Your goal was raised to the floor of %,d kcal a day, the least"
                    + " advised without medical supervision. At the floor you can expect about %s lb (%s kg) a week.",
                    floor, signed(round2(weeklyLb)), signed(round2(weeklyLb * WeeklyGoal.KG_PER_LB))));
        }
        double requestedKg = Math.abs(in.goal().kgPerWeek());
        if (requestedKg > MAX_SAFE_WEEKLY_FRACTION * in.weightKg()) {
            warnings.add(String.format(Locale.ROOT, "%s is more than 1%% of your body weight a week (%.2f kg);"
                    + " a slower rate is easier to sustain and safer.", in.goal().label(false), MAX_SAFE_WEEKLY_FRACTION
                    * in.weightKg()));
        }
        if (in.ageYears() < ADULT_AGE) {
            warnings.add("These equations are for adults. Under 18, growth changes energy needs: ask a paediatrician"
                    + " or dietitian before restricting calories.");
        }
        double bmi = in.weightKg() / Math.pow(in.heightCm() / 100, 2);
        BmiCategory category = BmiCategory.of(bmi);
        if (category == BmiCategory.UNDERWEIGHT && in.goal().lbPerWeek() < 0) {
            warnings.add("Your BMI is below 18.5 (underweight); losing weight is not advised without a doctor.");
        }
        return new CalorieGoalResult(bmr, maintenance, daily, floorApplied, floor, in.goal().lbPerWeek(),
                round2(weeklyLb), round2(weeklyLb * WeeklyGoal.KG_PER_LB), Math.round(bmi * 10) / 10.0, category,
                MacroTargets.of(daily, in.macros()), in.equation(), warnings);
    }

    private static double round2(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == 0 ? 0.0 : r;
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f", v);
    }
}
