package org.openplate.diary;

import java.time.LocalDate;
import java.util.List;
import org.openplate.energy.MacroTargets;
import org.openplate.nutrition.NutrientTotals;

/**
 * A diary day: meals with their entries and subtotals, the day's totals, the calorie budget
 * (goal − food + exercise = remaining), macros against targets and micronutrients against the
 * reference intakes.
 */
public record DayView(LocalDate day, LocalDate today, List<MealBlock> meals, NutrientTotals totals, Budget budget,
                      MacroTargets targets, List<MacroRow> macros, List<MicroRow> micros, String note,
                      double waterMl, DiarySettings settings) {

    /** A meal and its lines, with their subtotal. */
    public record MealBlock(Meal meal, List<Line> lines, NutrientTotals totals) {
    }

    /**
     * @param goalKcal      the daily calorie goal, null while the profile is incomplete
     * @param exerciseKcal  calories burned by logged exercise, null when nothing is logged
     * @param creditedKcal  the part of it that raises the budget (per the exercise-credit setting)
     * @param remainingKcal goal − food + credited exercise, null without a goal
     */
    public record Budget(Integer goalKcal, double foodKcal, Double exerciseKcal, double creditedKcal,
                         Double remainingKcal) {
    }

    /** A macronutrient: grams, its target, and its share of the day's energy. */
    public record MacroRow(String id, String name, double grams, Integer targetG, Integer pctOfEnergy,
                           Integer targetPctOfEnergy, int missing) {
    }

    /**
     * A micronutrient against the reference intake (RDA, or AI when {@code adequate}); {@code amount}
     * null when no entry had a value.
     */
    public record MicroRow(String id, String name, String unit, Double amount, Double reference, boolean adequate,
                           Integer percent, Double upperLimit, String upperNote, boolean overUpperLimit,
                           int missing) {
    }

    public int entryCount() {
        return totals.items();
    }
}
