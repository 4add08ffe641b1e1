package org.openplate.transfer.trackers;

import java.util.Locale;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;

/** Factors from a unit written in an export to the catalogue's unit of a nutrient. */
final class NutrientUnits {

    /** IU of vitamin D (cholecalciferol) in one µg. */
    private static final double IU_PER_UG_VITAMIN_D = 40;
    private static final double KJ_PER_KCAL = 4.184;

    private NutrientUnits() {
    }

    /**
     * What to multiply a value in {@code unit} by to get the catalogue's unit for the nutrient; an
     * empty unit means the catalogue's own. Null when the unit cannot be converted (vitamin A in µg
     * RAE into IU depends on the food, so it is not converted).
     */
    static Double factor(String nutrientId, String unit) {
        Nutrient n = NutrientCatalog.byId(nutrientId).orElseThrow();
        String from = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT).replace(".", "");
        String to = n.unit().toLowerCase(Locale.ROOT);
        if (from.isEmpty() || from.equals(to)) {
            return 1.0;
        }
        if (nutrientId.equals(NutrientCatalog.ENERGY)) {
            return switch (from) {
                case "cal", "cals", "calorie", "calories", "kcals", "kilocalories" -> 1.0;
                case "kj" -> 1 / KJ_PER_KCAL;
                default -> null;
            };
        }
        Integer a = massExponent(from);
        Integer b = massExponent(to);
        if (a != null && b != null) {
            return Math.pow(10, a - b);
        }
        if (nutrientId.equals(NutrientCatalog.VITAMIN_D) && to.equals("iu") && a != null) {
            return Math.pow(10, a + 6) * IU_PER_UG_VITAMIN_D;
        }
        return null;
    }

    /** The power of ten of grams in one of the unit, or null when it is not a mass unit. */
    private static Integer massExponent(String unit) {
        return switch (unit) {
            case "g", "gram", "grams" -> 0;
            case "mg" -> -3;
            case "µg", "μg", "ug", "mcg" -> -6;
            default -> null;
        };
    }
}
