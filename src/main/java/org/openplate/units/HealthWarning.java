package org.openplate.units;

import java.util.Locale;
import java.util.Optional;
import org.openplate.energy.BmiCategory;
import org.openplate.energy.HealthyWeight;

/**
 * A warning that a weight the user aims for, or drifts to, is under a healthy weight for their height
 * (the WHO's BMI 18.5, {@link HealthyWeight}), in the user's units, with the healthy lower bound and a
 * suggestion to maintain at a healthy weight. The same words on the pages and in the API answers.
 *
 * @param code         {@code target_below_healthy} or {@code plateau_below_healthy}
 * @param message      plain words for people
 * @param healthyMinKg the healthy lower bound as shown (rounded up to a whole lb or kg), in kg
 */
public record HealthWarning(String code, String message, double healthyMinKg) {

    public static final String TARGET = "target_below_healthy";
    public static final String PLATEAU = "plateau_below_healthy";

    /**
     * For a target weight; empty when it is healthy or the height is unknown.
     *
     * @param maintenanceKcal the intake that holds the healthy lower bound, or null to leave it out
     */
    public static Optional<HealthWarning> target(double targetKg, Double heightCm, UnitSystem units,
                                                 Double maintenanceKcal) {
        if (heightCm == null || !HealthyWeight.isBelow(targetKg, heightCm)) {
            return Optional.empty();
        }
        return Optional.of(build(TARGET, "Your target of " + Measures.formatWeight(targetKg, units) + " is",
                heightCm, units, maintenanceKcal));
    }

    /** For the weight a goal levels off at; empty when it is healthy or the height is unknown. */
    public static Optional<HealthWarning> plateau(double plateauKg, Double heightCm, UnitSystem units,
                                                  Double maintenanceKcal) {
        if (heightCm == null || !HealthyWeight.isBelow(plateauKg, heightCm)) {
            return Optional.empty();
        }
        return Optional.of(build(PLATEAU, "At this goal your weight levels off near "
                + Measures.formatWeight(plateauKg, units) + ", which is", heightCm, units, maintenanceKcal));
    }

    /** The healthy lower bound in the user's units, rounded up to a whole lb or kg so that it is itself healthy. */
    public static long healthyMin(double heightCm, UnitSystem units) {
        double kg = HealthyWeight.lowerBoundKg(heightCm);
        // a hair of tolerance so that an exact bound (e.g. 50.0000001 from floating point) is not pushed up
        return (long) Math.ceil((units == UnitSystem.US ? Measures.kgToLb(kg) : kg) - 1e-9);
    }

    /** {@link #healthyMin} back in kg. */
    public static double healthyMinKg(double heightCm, UnitSystem units) {
        long v = healthyMin(heightCm, units);
        return units == UnitSystem.US ? Measures.lbToKg(v) : v;
    }

    private static HealthWarning build(String code, String subject, double heightCm, UnitSystem units,
                                       Double maintenanceKcal) {
        long min = healthyMin(heightCm, units);
        String minText = min + (units == UnitSystem.US ? " lb" : " kg");
        String keep = maintenanceKcal == null ? "" : String.format(Locale.ROOT, " (about %,d kcal a day)",
                Math.round(maintenanceKcal));
        String message = subject + " below a healthy weight for " + Measures.formatHeight(heightCm, units)
                + ": the healthy range starts at " + minText + " (a BMI of "
                + BmiCategory.UNDERWEIGHT_BELOW + ", World Health Organization). Consider a target of at least "
                + minText + " and eating to maintain it there" + keep + ".";
        return new HealthWarning(code, message, healthyMinKg(heightCm, units));
    }
}
