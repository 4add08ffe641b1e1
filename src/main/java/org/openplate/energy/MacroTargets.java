package org.openplate.energy;

/** Daily macronutrient targets in whole grams. */
public record MacroTargets(int proteinG, int carbsG, int fatG) {

    /** General Atwater factors, kcal/g: protein 4, carbohydrate 4, fat 9 (as on US labels; EU 1169/2011 Annex XIV). */
    public static final double KCAL_PER_G_PROTEIN = 4;
    public static final double KCAL_PER_G_CARBS = 4;
    public static final double KCAL_PER_G_FAT = 9;

    /** Grams that supply each share of {@code dailyKcal}, rounded to whole grams. */
    public static MacroTargets of(double dailyKcal, MacroSplit split) {
        return new MacroTargets(
                grams(dailyKcal, split.proteinPct(), KCAL_PER_G_PROTEIN),
                grams(dailyKcal, split.carbsPct(), KCAL_PER_G_CARBS),
                grams(dailyKcal, split.fatPct(), KCAL_PER_G_FAT));
    }

    private static int grams(double dailyKcal, int pct, double kcalPerGram) {
        return (int) Math.round(dailyKcal * pct / 100.0 / kcalPerGram);
    }
}
