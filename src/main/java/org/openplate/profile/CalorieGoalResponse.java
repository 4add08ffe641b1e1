package org.openplate.profile;

import java.util.List;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.CalorieGoalResult;

/**
 * The JSON answer of {@code GET /api/v1/calorie-goal} and {@code goal --json}. Field names are a
 * public contract: other programs rely on them.
 */
public record CalorieGoalResponse(
        int bmr,
        int maintenance,
        int dailyGoal,
        boolean floorApplied,
        int floorKcal,
        double requestedWeeklyChangeLb,
        double weeklyChangeLb,
        double weeklyChangeKg,
        double bmi,
        String bmiCategory,
        String equation,
        List<String> warnings,
        Macros macros,
        Inputs inputs) {

    /** Daily macro targets in grams, with the percentages of energy they came from. */
    public record Macros(int proteinG, int carbsG, int fatG, int proteinPct, int carbsPct, int fatPct) {
    }

    /** The inputs as understood, in metric, so a caller can check the parsing. */
    public record Inputs(String sex, double heightCm, double weightKg, int age, String activity,
                         double activityFactor, String goal, Double bodyFatPct) {
    }

    public static CalorieGoalResponse of(CalorieGoalInput in, CalorieGoalResult r) {
        return new CalorieGoalResponse(r.bmrRounded(), r.maintenanceRounded(), r.dailyGoalKcal(), r.floorApplied(),
                r.floorKcal(), r.requestedWeeklyChangeLb(), r.weeklyChangeLb(), r.weeklyChangeKg(), r.bmi(),
                r.bmiCategory().name().toLowerCase(java.util.Locale.ROOT), r.equation().code(), r.warnings(),
                new Macros(r.macros().proteinG(), r.macros().carbsG(), r.macros().fatG(),
                        in.macros().proteinPct(), in.macros().carbsPct(), in.macros().fatPct()),
                new Inputs(in.sex().code(), round2(in.heightCm()), round2(in.weightKg()), in.ageYears(),
                        in.activity().code(), in.activity().factor(), in.goal().code(), in.bodyFatPct()));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
