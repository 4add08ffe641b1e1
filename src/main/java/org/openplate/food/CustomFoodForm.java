package org.openplate.food;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openplate.common.BadInputException;
import org.openplate.food.importer.Barcodes;
import org.openplate.food.importer.FoodChecks;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;
import org.openplate.web.FieldReader;

/**
 * A custom food as the user types it from a nutrition label: values per serving, read at the edge
 * into a {@link CustomFoodRequest} and converted to per 100 g for storage. Field names are shared by
 * the HTML form and the API.
 */
public final class CustomFoodForm {

    /** Label fields: form/API name → catalogue nutrient id, with the label unit and an upper bound per serving. */
    public record LabelField(String field, String nutrientId, String unit, double max) {
    }

    public static final List<LabelField> FIELDS = List.of(
            new LabelField("kcal", NutrientCatalog.ENERGY, "kcal", 10_000),
            new LabelField("fatG", NutrientCatalog.FAT, "g", 1_000),
            new LabelField("saturatedFatG", NutrientCatalog.SATURATED, "g", 1_000),
            new LabelField("transFatG", NutrientCatalog.TRANS, "g", 1_000),
            new LabelField("cholesterolMg", NutrientCatalog.CHOLESTEROL, "mg", 100_000),
            new LabelField("sodiumMg", NutrientCatalog.SODIUM, "mg", 100_000),
            new LabelField("carbsG", NutrientCatalog.CARBS, "g", 1_000),
            new LabelField("fiberG", NutrientCatalog.FIBER, "g", 1_000),
            new LabelField("sugarsG", NutrientCatalog.SUGARS, "g", 1_000),
            new LabelField("proteinG", NutrientCatalog.PROTEIN, "g", 1_000),
            new LabelField("calciumMg", NutrientCatalog.CALCIUM, "mg", 100_000),
            new LabelField("ironMg", NutrientCatalog.IRON, "mg", 10_000),
            new LabelField("potassiumMg", NutrientCatalog.POTASSIUM, "mg", 100_000));

    static final double MAX_SERVING_G = 5_000;

    private CustomFoodForm() {
    }

    /** Reads the form or JSON body into a typed request (values per serving, as on the label). */
    static CustomFoodRequest read(FieldReader p) {
        String name = text(p.text("name"));
        if (name == null || name.length() > 200) {
            throw new BadInputException("name", "name is required (up to 200 characters).");
        }
        String brand = text(p.text("brand"));
        if (brand != null && brand.length() > 100) {
            throw new BadInputException("brand", "brand must be at most 100 characters.");
        }
        String servingName = text(p.text("servingName"));
        if (servingName == null) {
            servingName = "1 serving";
        }
        if (servingName.length() > 60) {
            throw new BadInputException("servingName", "servingName must be at most 60 characters.");
        }
        double grams = number(p, "servingGrams", 0, MAX_SERVING_G, true);
        if (grams <= 0) {
            throw new BadInputException("servingGrams", "servingGrams must be more than 0 and at most 5000 g.");
        }
        String barcode = text(p.text("barcode"));
        if (barcode != null) {
            barcode = Barcodes.normalise(barcode).orElseThrow(() -> new BadInputException("barcode",
                    "barcode must be a UPC-A (12 digits), EAN-13 (13) or EAN-8 (8) with a correct check digit."));
        }
        Map<String, Double> perServing = new LinkedHashMap<>();
        for (LabelField f : FIELDS) {
            String raw = p.text(f.field());
            if (raw == null || raw.isBlank()) {
                if (f.field().equals("kcal")) {
                    throw new BadInputException("kcal", "kcal is required (0 to 10000 per serving).");
                }
                continue;
            }
            perServing.put(f.nutrientId(), number(p, f.field(), 0, f.max(), false));
        }
        return new CustomFoodRequest(name, brand, servingName, grams, barcode, perServing);
    }

    /**
     * The food to store, per 100 g; values no food can have for the serving (more macros than its
     * weight, energy far from the macros) are refused, naming the serving.
     */
    static FoodRecord record(String sourceId, CustomFoodRequest r) {
        Map<String, Double> per100 = new LinkedHashMap<>();
        r.perServing().forEach((id, v) -> per100.put(id, v * 100.0 / r.servingGrams()));
        FoodRecord record = new FoodRecord("custom", sourceId, r.name(), r.brand(), "Custom foods", r.barcode(),
                new Nutrients(per100), List.of(new Portion(r.servingName(), r.servingGrams())), null, null, null);
        FoodChecks.Verdict v = FoodChecks.check(record);
        if (!v.accepted()) {
            throw new BadInputException("servingGrams", "These values cannot be right for " + fmt(r.servingGrams())
                    + " g: " + v.rejection() + ".");
        }
        return record;
    }

    private static double number(FieldReader p, String field, double min, double max, boolean required) {
        String raw = p.text(field);
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw new BadInputException(field, field + " is required.");
            }
            return 0;
        }
        try {
            double v = Double.parseDouble(raw.trim());
            if (!(v >= min && v <= max)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a number from " + fmt(min) + " to " + fmt(max) + ".");
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
