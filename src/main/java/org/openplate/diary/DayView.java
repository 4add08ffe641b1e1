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

    /** Whether the macro targets include calories earned from exercise (so they differ from the goal's). */
    public boolean exerciseRaisesTargets() {
        return targets != null && Math.round(budget.creditedKcal()) > 0;
    }

    /** The gram targets from the goal alone, before the exercise credit; null without a goal. */
    public MacroTargets targetsWithoutExercise() {
        if (budget.goalKcal() == null) {
            return null;
        }
        return MacroTargets.of(budget.goalKcal(), new org.openplate.energy.MacroSplit(share(org.openplate.nutrition.NutrientCatalog.CARBS),
                share(org.openplate.nutrition.NutrientCatalog.PROTEIN), share(org.openplate.nutrition.NutrientCatalog.FAT)));
    }

    private int share(String id) {
        return macros.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().targetPctOfEnergy();
    }

    public int entryCount() {
        return totals.items();
    }
}
