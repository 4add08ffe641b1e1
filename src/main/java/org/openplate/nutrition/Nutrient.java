package org.openplate.nutrition;

import java.util.List;

/**
 * One nutrient the catalogue can hold: a stable id used in storage and the API, a display name,
 * its unit, the USDA nutrient numbers it corresponds to (Nutr_No; Omega-3/6 are sums of several)
 * and a category for grouping tables.
 */
public record Nutrient(String id, String name, String unit, List<String> usdaNumbers, Category category) {

    /** Groups in display order. */
    public enum Category { GENERAL, MINERALS, VITAMINS, LIPIDS, AMINO_ACIDS }

    public Nutrient {
        usdaNumbers = List.copyOf(usdaNumbers);
    }
}
