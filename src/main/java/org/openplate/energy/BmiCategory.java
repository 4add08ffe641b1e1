package org.openplate.energy;

/** WHO adult BMI categories (cut-offs 18.5, 25 and 30 kg/m²). */
public enum BmiCategory {
    UNDERWEIGHT("Underweight"), NORMAL("Healthy weight"), OVERWEIGHT("Overweight"), OBESE("Obesity");

    private final String label;

    BmiCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static BmiCategory of(double bmi) {
        if (bmi < 18.5) {
            return UNDERWEIGHT;
        }
        if (bmi < 25) {
            return NORMAL;
        }
        if (bmi < 30) {
            return OVERWEIGHT;
        }
        return OBESE;
    }
}
