package org.openplate.units;

import org.openplate.common.BadInputException;
import org.openplate.energy.CalorieGoalInput;

/**
 * The one body-weight range every form, API, import and target accepts: {@link CalorieGoalInput#MIN_WEIGHT_KG}
 * to {@link CalorieGoalInput#MAX_WEIGHT_KG}. In pounds the ends are rounded inwards to whole pounds
 * (25 kg = 55.1 lb shows as 56 lb, 400 kg = 881.8 lb as 881 lb) so that every whole number inside the
 * range a user is shown is accepted.
 */
public final class WeightRange {

    public static final double MIN_KG = CalorieGoalInput.MIN_WEIGHT_KG;
    public static final double MAX_KG = CalorieGoalInput.MAX_WEIGHT_KG;

    private WeightRange() {
    }

    /** False for NaN too. */
    public static boolean contains(double kg) {
        return kg >= MIN_KG && kg <= MAX_KG;
    }

    /** The lower end in the user's units, rounded up to a whole number. */
    public static long low(UnitSystem units) {
        return (long) Math.ceil(units == UnitSystem.US ? Measures.kgToLb(MIN_KG) : MIN_KG);
    }

    /** The upper end in the user's units, rounded down to a whole number. */
    public static long high(UnitSystem units) {
        return (long) Math.floor(units == UnitSystem.US ? Measures.kgToLb(MAX_KG) : MAX_KG);
    }

    /**
     * The user's units first, the other system after, since a weight may be typed with either unit:
     * "between 56 and 881 lb (25 to 400 kg)" or "between 25 and 400 kg (56 to 881 lb)".
     */
    public static String text(UnitSystem units) {
        UnitSystem other = units == UnitSystem.US ? UnitSystem.METRIC : UnitSystem.US;
        return "between " + low(units) + " and " + high(units) + " " + symbol(units)
                + " (" + low(other) + " to " + high(other) + " " + symbol(other) + ")";
    }

    /** For files whose unit is not the user's choice (imports from other trackers): metric first. */
    public static String textBoth() {
        return text(UnitSystem.METRIC);
    }

    private static String symbol(UnitSystem units) {
        return units == UnitSystem.US ? "lb" : "kg";
    }

    /**
     * @param label the field as people read it, e.g. "Weight" or "Target weight"
     * @param field the field's name in the form or JSON
     * @throws BadInputException naming the field and the range in the user's units, unless {@code kg} is in range
     */
    public static double check(double kg, String label, String field, UnitSystem units) {
        if (!contains(kg)) {
            throw new BadInputException(field, label + " must be " + text(units) + ".");
        }
        return kg;
    }
}
