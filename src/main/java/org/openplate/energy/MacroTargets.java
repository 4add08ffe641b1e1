package org.openplate.energy;

/** Daily macro targets in whole grams. */
public record MacroTargets(int proteinG, int carbsG, int fatG) {

    /** Atwater general factors: protein and carbohydrate 4 kcal/g, fat 9 kcal/g. */
    public static final double KCAL_PER_G_PROTEIN = 4;
    public static final double KCAL_PER_G_CARBS = 4;
    public static final double KCAL_PER_G_FAT = 9;

    public static MacroTargets of(double dailyKcal, MacroSplit split) {
        return new MacroTargets(
                (int) Math.round(dailyKcal * split.proteinPct() / 100.0 / KCAL_PER_G_PROTEIN),
                (int) Math.round(dailyKcal * split.carbsPct() / 100.0 / KCAL_PER_G_CARBS),
                (int) Math.round(dailyKcal * split.fatPct() / 100.0 / KCAL_PER_G_FAT));
    }
}
