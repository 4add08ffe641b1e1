package org.openplate.energy;

/** Adult BMI categories with the WHO cut-offs 18.5, 25 and 30 kg/m² (WHO Technical Report Series 894, 2000). */
public enum BmiCategory {
    UNDERWEIGHT("Underweight"),
    NORMAL("Normal weight"),
    OVERWEIGHT("Overweight"),
    OBESE("Obesity");

    public static final double UNDERWEIGHT_BELOW = 18.5;
    public static final double OVERWEIGHT_FROM = 25;
    public static final double OBESE_FROM = 30;

    private final String label;

    BmiCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Lower bounds are inclusive: 18.5 is normal, 25 overweight, 30 obese. */
    public static BmiCategory of(double bmi) {
        if (bmi < UNDERWEIGHT_BELOW) {
            return UNDERWEIGHT;
        }
        if (bmi < OVERWEIGHT_FROM) {
            return NORMAL;
        }
        if (bmi < OBESE_FROM) {
            return OVERWEIGHT;
        }
        return OBESE;
    }
}
