package org.openplate.energy;

/** Shares of daily energy from carbohydrate, protein and fat, in whole percent adding up to exactly 100. */
public record MacroSplit(int carbsPct, int proteinPct, int fatPct) {

    /** 50 / 20 / 30: inside each IOM 2005 AMDR range (carbohydrate 45-65, protein 10-35, fat 20-35 %). */
    public static final MacroSplit DEFAULT = new MacroSplit(50, 20, 30);

    public MacroSplit {
        requireShare("carbohydrate", carbsPct);
        requireShare("protein", proteinPct);
        requireShare("fat", fatPct);
        int sum = carbsPct + proteinPct + fatPct;
        if (sum != 100) {
            throw new IllegalArgumentException(
                    "Carbohydrate, protein and fat must add up to 100 %, not " + sum + " %.");
        }
    }

    private static void requireShare(String name, int pct) {
        if (pct < 0 || pct > 100) {
            throw new IllegalArgumentException("The " + name + " share must be 0 to 100 %, not " + pct + " %.");
        }
    }
}
