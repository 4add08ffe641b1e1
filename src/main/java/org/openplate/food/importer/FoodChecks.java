package org.openplate.food.importer;

import org.openplate.common.TextInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.NutrientCatalog;

/**
 * Sanity checks shared by every importer (after wger's import checks): a failed check rejects the
 * row with a reason; a suspicious one only flags it.
 */
public final class FoodChecks {

    /** Energy may differ from 4·protein + 4·carbohydrate + 9·fat (+ 7·alcohol) by this share… */
    public static final double ENERGY_TOLERANCE = 0.20;
    /** …or by this many kcal per 100 g, whichever is larger (rounding on labels, fibre, polyols). */
    public static final double ENERGY_TOLERANCE_KCAL = 20;

    /** The outcome: {@code rejection} null means accepted; {@code flags} may still be non-empty. */
    public record Verdict(String rejection, List<String> flags) {
        public boolean accepted() {
            return rejection == null;
        }
    }

    private FoodChecks() {
    }

    public static Verdict check(FoodRecord f) {
        List<String> flags = new ArrayList<>();
        if (f.name().isBlank()) {
            return new Verdict("name is empty", flags);
        }
        // NUL and other control characters (a quoted CSV value may span lines): PostgreSQL refuses NUL in text
        String[][] texts = {{"name", f.name()}, {"brand", f.brand()}, {"food group", f.foodGroup()},
                {"barcode", f.barcode()}, {"source id", f.sourceId()}};
        for (String[] t : texts) {
            if (!TextInput.isCleanText(t[1])) {
                return new Verdict(t[0] + " contains an invisible control character", flags);
            }
        }
        for (var portion : f.portions()) {
            if (!TextInput.isCleanText(portion.name())) {
                return new Verdict("a portion name contains an invisible control character", flags);
            }
        }
        for (Map.Entry<String, Double> e : f.nutrients().per100g().entrySet()) {
            if (e.getValue() < 0) {
                return new Verdict("negative value for " + e.getKey() + " (" + e.getValue() + ")", flags);
            }
        }
        double mass = sum(f, NutrientCatalog.PROTEIN, NutrientCatalog.FAT, NutrientCatalog.CARBS, NutrientCatalog.WATER);
        if (mass > 100.0 + 1e-6) {
            return new Verdict(String.format("protein + fat + carbohydrate + water is %.1f g per 100 g (over 100 g)",
                    mass), flags);
        }
        if (f.barcode() != null && !Barcodes.valid(f.barcode())) {
            return new Verdict("bad barcode check digit or length: " + f.barcode(), flags);
        }
        var energy = f.nutrients().energyKcal();
        if (energy.isPresent() && f.nutrients().has(NutrientCatalog.PROTEIN) && f.nutrients().has(NutrientCatalog.FAT)
                && f.nutrients().has(NutrientCatalog.CARBS)) {
            double fromMacros = 4 * value(f, NutrientCatalog.PROTEIN) + 4 * value(f, NutrientCatalog.CARBS)
                    + 9 * value(f, NutrientCatalog.FAT) + 7 * value(f, NutrientCatalog.ALCOHOL);
            double diff = Math.abs(energy.getAsDouble() - fromMacros);
            if (diff > Math.max(ENERGY_TOLERANCE_KCAL, ENERGY_TOLERANCE * fromMacros)) {
                flags.add(String.format("energy %.0f kcal differs from %.0f kcal computed from the macros",
                        energy.getAsDouble(), fromMacros));
            }
        }
        return new Verdict(null, flags);
    }

    private static double sum(FoodRecord f, String... ids) {
        double s = 0;
        for (String id : ids) {
            s += value(f, id);
        }
        return s;
    }

    private static double value(FoodRecord f, String id) {
        return f.nutrients().get(id).orElse(0);
    }
}
