package org.openplate.energy;

/** Resting energy expenditure (kcal/day) by the published equations. Units: kg, cm, years. */
public final class Bmr {

    private Bmr() {
    }

    /** Mifflin et al. 1990: 10·W + 6.25·H − 5·A + 5 (men) or − 161 (women). */
    public static double mifflinStJeor(Sex sex, double kg, double cm, double ageYears) {
        return 10 * kg + 6.25 * cm - 5 * ageYears + (sex == Sex.MALE ? 5 : -161);
    }

    /**
     * Revised Harris-Benedict (Roza & Shizgal 1984): men 88.362 + 13.397·W + 4.799·H − 5.677·A;
     * women 447.593 + 9.247·W + 3.098·H − 4.330·A.
     */
    public static double harrisBenedictRevised(Sex sex, double kg, double cm, double ageYears) {
        return sex == Sex.MALE
                ? 88.362 + 13.397 * kg + 4.799 * cm - 5.677 * ageYears
                : 447.593 + 9.247 * kg + 3.098 * cm - 4.330 * ageYears;
    }

    /** Katch-McArdle: 370 + 21.6·LBM, with LBM = W·(1 − bf/100). */
    public static double katchMcArdle(double kg, double bodyFatPct) {
        return 370 + 21.6 * kg * (1 - bodyFatPct / 100);
    }

    public static double of(BmrEquation equation, Sex sex, double kg, double cm, double ageYears, Double bodyFatPct) {
        return switch (equation) {
            case MIFFLIN_ST_JEOR -> mifflinStJeor(sex, kg, cm, ageYears);
            case HARRIS_BENEDICT_REVISED -> harrisBenedictRevised(sex, kg, cm, ageYears);
            case KATCH_MCARDLE -> {
                if (bodyFatPct == null) {
                    throw new IllegalArgumentException("Katch-McArdle needs body-fat %");
                }
                yield katchMcArdle(kg, bodyFatPct);
            }
        };
    }
}
