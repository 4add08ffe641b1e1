package org.openplate.energy;

/** Shares of daily energy from carbohydrate, protein and fat, in whole percent adding up to 100. */
public record MacroSplit(int carbsPct, int proteinPct, int fatPct) {

    /** 50 / 20 / 30: inside every IOM 2005 AMDR range (45-65, 10-35, 20-35 %). */
    public static final MacroSplit DEFAULT = new MacroSplit(50, 20, 30);

    public MacroSplit {
        for (int v : new int[] {carbsPct, proteinPct, fatPct}) {
            if (v < 0 || v > 100) {
                throw new IllegalArgumentException("each macro share must be 0-100 %");
            }
        }
        if (carbsPct + proteinPct + fatPct != 100) {
            throw new IllegalArgumentException("macro shares must add up to 100 %, not "
                    + (carbsPct + proteinPct + fatPct));
        }
    }
}
