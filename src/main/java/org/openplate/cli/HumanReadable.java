package org.openplate.cli;

import org.openplate.energy.CalorieGoalResult;
import org.openplate.profile.ResultView;

/** Plain-text renderings for the terminal. */
final class HumanReadable {
    private HumanReadable() {
    }

    static String goal(ResultView v) {
        CalorieGoalResult r = v.result();
        StringBuilder sb = new StringBuilder();
        sb.append("Daily calorie goal: ").append(v.kcal(r.dailyGoalKcal())).append(" kcal/day\n");
        sb.append("  BMR (").append(r.equation().label()).append("): ").append(v.kcal(r.bmrKcal()))
                .append(" kcal/day = ").append(v.bmrFormula()).append('\n');
        sb.append("  Maintenance: ").append(v.kcal(r.maintenanceKcal())).append(" kcal/day (BMR × ")
                .append(v.input().activity().factor()).append(", ").append(v.input().activity().label()).append(")\n");
        sb.append("  Goal: ").append(v.goalLabel()).append(" (").append(v.goalDelta()).append(" kcal/day)\n");
        if (r.floorApplied()) {
            sb.append("  Floor applied: ").append(r.floorKcal()).append(" kcal/day\n");
        }
        sb.append("  Expected change: ").append(v.weeklyChange()).append('\n');
        sb.append("  BMI: ").append(v.bmi()).append(" (").append(r.bmiCategory().label()).append(")\n");
        sb.append("  Macros: protein ").append(r.macros().proteinG()).append(" g, carbohydrate ")
                .append(r.macros().carbsG()).append(" g, fat ").append(r.macros().fatG()).append(" g\n");
        for (String w : r.warnings()) {
            sb.append("  Warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    /** True when every path is a regular file; otherwise names the first missing one on {@code err}. */
    static boolean allFilesExist(java.util.List<java.nio.file.Path> files, java.io.PrintWriter err) {
        for (java.nio.file.Path f : files) {
            if (!java.nio.file.Files.isRegularFile(f)) {
                err.println("error: no such file: " + f);
                return false;
            }
        }
        return true;
    }
}
