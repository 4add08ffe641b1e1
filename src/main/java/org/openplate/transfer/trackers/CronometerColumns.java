package org.openplate.transfer.trackers;

import java.util.Locale;
import java.util.Map;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;

/**
 * Cronometer's nutrient columns ("Protein (g)", "B12 (Cobalamin) (µg)"): the name before the last
 * parenthesis is matched to a catalogue nutrient, the unit in it is converted to the catalogue's
 * unit. Columns whose name or unit cannot be matched (e.g. "Net Carbs", or vitamin A in µg RAE,
 * which cannot be turned into IU without knowing the food) are ignored.
 */
final class CronometerColumns {

    /** Cronometer names that differ from the catalogue's names. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("carbs", NutrientCatalog.CARBS), Map.entry("saturated", NutrientCatalog.SATURATED),
            Map.entry("monounsaturated", "monounsaturated_fat"), Map.entry("polyunsaturated", "polyunsaturated_fat"),
            Map.entry("trans-fats", NutrientCatalog.TRANS), Map.entry("trans fats", NutrientCatalog.TRANS),
            Map.entry("b1 (thiamine)", "thiamin"), Map.entry("b2 (riboflavin)", "riboflavin"),
            Map.entry("b3 (niacin)", "niacin"), Map.entry("b5 (pantothenic acid)", "pantothenic_acid"),
            Map.entry("b6 (pyridoxine)", "vitamin_b6"), Map.entry("b12 (cobalamin)", "vitamin_b12"),
            Map.entry("biotin (b7)", "biotin"), Map.entry("lutein+zeaxanthin", "lutein_zeaxanthin"),
            Map.entry("sugar", NutrientCatalog.SUGARS), Map.entry("fibre", NutrientCatalog.FIBER));

    /** A matched column: nutrient id and the factor from the file's unit to the catalogue's. */
    record Mapping(String nutrient, double factor) {
    }

    private CronometerColumns() {
    }

    /** The mapping for a normalised header, or null when the column is not a known nutrient. */
    static Mapping of(String header) {
        int open = header.lastIndexOf('(');
        if (open < 0 || !header.endsWith(")")) {
            return null;
        }
        String name = header.substring(0, open).trim().toLowerCase(Locale.ROOT);
        String unit = header.substring(open + 1, header.length() - 1).trim();
        Nutrient n = nutrient(name);
        if (n == null) {
            return null;
        }
        Double f = NutrientUnits.factor(n.id(), unit);
        return f == null ? null : new Mapping(n.id(), f);
    }

    private static Nutrient nutrient(String name) {
        String id = ALIASES.get(name);
        if (id != null) {
            return NutrientCatalog.byId(id).orElse(null);
        }
        for (Nutrient n : NutrientCatalog.all()) {
            if (n.name().toLowerCase(Locale.ROOT).equals(name) || n.id().replace('_', ' ').equals(name)) {
                return n;
            }
        }
        return null;
    }
}
