package org.openplate.weight;

import org.openplate.units.UnitSystem;

/** A weight typed by the user, read with the weigh-in form's rules, for other features' quick forms. */
public final class WeightInput {

    private WeightInput() {
    }

    /**
     * The weight in kg: a number in the user's units, or with a unit (72.5kg, 160lb, 10st10lb).
     *
     * @throws org.openplate.common.BadInputException naming the field "weight" and the allowed range
     */
    public static double kg(String text, UnitSystem units) {
        if (text == null || text.isBlank()) {
            throw new org.openplate.common.BadInputException("weight",
                    "Weight is required (" + org.openplate.units.WeightRange.text(units) + ").");
        }
        return WeightRequests.weightKg(text.trim(), units, "Weight", "weight");
    }
}
