package org.openplate.energy;

import java.util.List;

/**
 * The calculator's answer. {@code requestedWeeklyChangeLb} is the goal as chosen; {@code weeklyChangeLb} and
 * {@code weeklyChangeKg} are what the daily goal gives once the floor is applied (signed, gains positive, two
 * decimals). {@code bmi} is rounded to one decimal and {@code bmiCategory} is the category of that value.
 */
public record CalorieGoalResult(double bmrKcal, double maintenanceKcal, int dailyGoalKcal, boolean floorApplied,
                                int floorKcal, double requestedWeeklyChangeLb, double weeklyChangeLb,
                                double weeklyChangeKg, double bmi, BmiCategory bmiCategory, MacroTargets macros,
                                BmrEquation equation, List<String> warnings) {

    public CalorieGoalResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public int bmrRounded() {
        return (int) Math.round(bmrKcal);
    }

    public int maintenanceRounded() {
        return (int) Math.round(maintenanceKcal);
    }
}
