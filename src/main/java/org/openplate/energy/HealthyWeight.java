package org.openplate.energy;

/**
 * The healthy-weight rule for adults: a body mass index (weight in kg over height in m squared) under
 * 18.5 kg/m² is underweight, per the WHO classification (WHO Technical Report Series 894, "Obesity:
 * preventing and managing the global epidemic", 2000, table 2.1; the cut-off is {@link BmiCategory#UNDERWEIGHT_BELOW}).
 * Pure: the callers decide the words and units.
 */
public final class HealthyWeight {

    private HealthyWeight() {
    }

    /** kg/m². */
    public static double bmi(double weightKg, double heightCm) {
        requirePositive(weightKg, heightCm);
        double m = heightCm / 100;
        return weightKg / (m * m);
    }

    /** The lowest weight that is not underweight for the height: 18.5 × height². */
    public static double lowerBoundKg(double heightCm) {
        requirePositive(1, heightCm);
        double m = heightCm / 100;
        return BmiCategory.UNDERWEIGHT_BELOW * m * m;
    }

    /** True when the weight is underweight for the height (BMI under 18.5). */
    public static boolean isBelow(double weightKg, double heightCm) {
        return BmiCategory.of(bmi(weightKg, heightCm)) == BmiCategory.UNDERWEIGHT;
    }

    /**
     * The constant intake that holds the person at {@code weightKg}: the Hall model's energy balance for
     * the same person at that weight (held within the model's 30-350 kg).
     */
    public static double maintenanceKcal(HallModel.Person person, double weightKg) {
        HallModel.Person there = new HallModel.Person(person.sex(), person.ageYears(), person.heightM(),
                Math.max(30, Math.min(350, weightKg)), person.pal());
        return new HallModel(there).baselineIntakeKcal();
    }

    private static void requirePositive(double weightKg, double heightCm) {
        if (!(weightKg > 0 && heightCm > 0) || !Double.isFinite(weightKg) || !Double.isFinite(heightCm)) {
            throw new IllegalArgumentException("weight and height must be positive and finite");
        }
    }
}
