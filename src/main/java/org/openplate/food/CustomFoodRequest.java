package org.openplate.food;

import java.util.Map;

/**
 * A custom food as typed from its label (see {@link CustomFoodForm#read}): every value checked and
 * within its range.
 *
 * @param servingName  1 to 60 characters ("1 serving" when none was given)
 * @param servingGrams more than 0, at most 5000 g
 * @param barcode      a normalised UPC-A, EAN-13 or EAN-8, or null
 * @param perServing   catalogue nutrient id to its amount per serving (energy always present)
 */
record CustomFoodRequest(String name, String brand, String servingName, double servingGrams, String barcode,
                                Map<String, Double> perServing) {

    public CustomFoodRequest {
        perServing = Map.copyOf(perServing);
    }
}
