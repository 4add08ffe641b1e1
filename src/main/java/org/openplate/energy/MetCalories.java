package org.openplate.energy;

/**
 * Energy from physical activity by MET (metabolic equivalent of task). One MET is taken as an
 * oxygen uptake of 3.5 mL/kg/min, and one litre of oxygen as about 5 kcal, so
 * kcal per minute = MET × 3.5 × kg ÷ 200 (ACSM's Guidelines for Exercise Testing and Prescription;
 * ACE). "Net" subtracts the resting energy the body would have used anyway: (MET − 1) in place of
 * MET, so a diary that already counts resting expenditure in the goal does not count it twice.
 */
public final class MetCalories {

    /** Oxygen uptake of one MET, mL O₂ per kg per minute. */
    public static final double ML_O2_PER_KG_MIN = 3.5;
    /** 3.5 mL/kg/min × kg ÷ 200 = kcal/min, i.e. about 5 kcal per litre of oxygen. */
    public static final double DIVISOR = 200;
    /** The accepted MET range: below 0.9 is lower than sleeping; 25 is beyond the Compendium's top. */
    public static final double MIN_MET = 0.9;
    public static final double MAX_MET = 25;
    /** Minutes assumed per strength set when no time is given: about 1 min of work and 1.5 min of rest. */
    public static final double MINUTES_PER_SET = 2.5;

    private MetCalories() {
    }

    /** kcal per minute for a MET value and body weight; net of rest subtracts one MET. */
    public static double kcalPerMinute(double met, double weightKg, boolean netOfRest) {
        if (!(met >= MIN_MET && met <= MAX_MET)) {
            throw new IllegalArgumentException("MET must be between " + MIN_MET + " and " + MAX_MET);
        }
        if (!(weightKg > 0)) {
            throw new IllegalArgumentException("weight must be positive");
        }
        double m = netOfRest ? Math.max(0, met - 1) : met;
        return m * ML_O2_PER_KG_MIN * weightKg / DIVISOR;
    }

    public static double kcal(double met, double weightKg, double minutes, boolean netOfRest) {
        if (!(minutes > 0)) {
            throw new IllegalArgumentException("minutes must be positive");
        }
        return kcalPerMinute(met, weightKg, netOfRest) * minutes;
    }

    /** Time for a strength exercise when only sets are known. */
    public static double minutesForSets(int sets) {
        return sets * MINUTES_PER_SET;
    }
}
