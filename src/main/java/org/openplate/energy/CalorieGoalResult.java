package org.openplate.energy;

import java.util.List;

/**
 * The calculator's answer. {@code requestedWeeklyChangeLb} is the goal as chosen;
 * {@code weeklyChangeLb}/{@code Kg} what the daily goal gives once the floor is applied.
 */
public record CalorieGoalResult(double bmrKcal, double maintenanceKcal, int dailyGoalKcal, boolean floorApplied,
                                int floorKcal, double requestedWeeklyChangeLb, double weeklyChangeLb,
                                double weeklyChangeKg, double bmi, BmiCategory bmiCategory, MacroTargets macros,
                                BmrEquation equation, List<String> warnings) {

    public CalorieGoalResult {
        warnings = List.copyOf(warnings);
    }

    public int bmrRounded() {
        return (int) Math.round(bmrKcal);
    }

    public int maintenanceRounded() {
        return (int) Math.round(maintenanceKcal);
    }
}
