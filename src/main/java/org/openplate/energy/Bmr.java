package org.openplate.energy;

/** Resting energy expenditure in kcal/day by the published equations. Units: kg, cm, years. */
public final class Bmr {

    private Bmr() {
    }

    /** Mifflin et al., Am J Clin Nutr 1990;51:241: 10·W + 6.25·H − 5·A + 5 (men) or − 161 (women). */
    public static double mifflinStJeor(Sex sex, double kg, double cm, double ageYears) {
        double common = 10 * kg + 6.25 * cm - 5 * ageYears;
        return sex == Sex.MALE ? common + 5 : common - 161;
    }

    /**
     * Revised Harris-Benedict (Roza & Shizgal, Am J Clin Nutr 1984;40:168): men 88.362 + 13.397·W + 4.799·H
     * − 5.677·A; women 447.593 + 9.247·W + 3.098·H − 4.330·A.
     */
    public static double harrisBenedictRevised(Sex sex, double kg, double cm, double ageYears) {
        if (sex == Sex.MALE) {
            return 88.362 + 13.397 * kg + 4.799 * cm - 5.677 * ageYears;
        }
        return 447.593 + 9.247 * kg + 3.098 * cm - 4.330 * ageYears;
    }

    /** Katch-McArdle: 370 + 21.6·LBM, with lean body mass LBM = W·(1 − bf/100). */
    public static double katchMcArdle(double kg, double bodyFatPct) {
        double leanKg = kg * (1 - bodyFatPct / 100);
        return 370 + 21.6 * leanKg;
    }

    /**
     * BMR by the chosen equation; {@code bodyFatPct} may be null except for Katch-McArdle.
     *
     * @throws IllegalArgumentException for Katch-McArdle without body-fat %
     */
    public static double of(BmrEquation equation, Sex sex, double kg, double cm, double ageYears, Double bodyFatPct) {
        return switch (equation) {
            case MIFFLIN_ST_JEOR -> mifflinStJeor(sex, kg, cm, ageYears);
            case HARRIS_BENEDICT_REVISED -> harrisBenedictRevised(sex, kg, cm, ageYears);
            case KATCH_MCARDLE -> {
                if (bodyFatPct == null) {
                    throw new IllegalArgumentException("The Katch-McArdle equation needs body-fat %.");
                }
                yield katchMcArdle(kg, bodyFatPct);
            }
        };
    }
}
