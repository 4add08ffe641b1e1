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

    /**
     * A row of the label: form/API name, the words printed on a US Nutrition Facts label (21 CFR
     * 101.9(d)), the catalogue nutrient id, the label unit, an upper bound per serving, and whether the
     * row is indented under the one above ("Saturated Fat" under "Total Fat").
     */
    public record LabelField(String field, String label, String nutrientId, String unit, double max, boolean sub) {
    }

    /** The rows in the order of the label: Calories, fats, cholesterol, sodium, carbohydrates, protein, then minerals. */
    public static final List<LabelField> FIELDS = List.of(
            new LabelField("kcal", "Calories", NutrientCatalog.ENERGY, "kcal", 10_000, false),
            new LabelField("fatG", "Total Fat", NutrientCatalog.FAT, "g", 1_000, false),
            new LabelField("saturatedFatG", "Saturated Fat", NutrientCatalog.SATURATED, "g", 1_000, true),
            new LabelField("transFatG", "Trans Fat", NutrientCatalog.TRANS, "g", 1_000, true),
            new LabelField("cholesterolMg", "Cholesterol", NutrientCatalog.CHOLESTEROL, "mg", 100_000, false),
            new LabelField("sodiumMg", "Sodium", NutrientCatalog.SODIUM, "mg", 100_000, false),
            new LabelField("carbsG", "Total Carbohydrate", NutrientCatalog.CARBS, "g", 1_000, false),
            new LabelField("fiberG", "Dietary Fiber", NutrientCatalog.FIBER, "g", 1_000, true),
            new LabelField("sugarsG", "Total Sugars", NutrientCatalog.SUGARS, "g", 1_000, true),
            new LabelField("proteinG", "Protein", NutrientCatalog.PROTEIN, "g", 1_000, false),
            new LabelField("calciumMg", "Calcium", NutrientCatalog.CALCIUM, "mg", 100_000, false),
            new LabelField("ironMg", "Iron", NutrientCatalog.IRON, "mg", 10_000, false),
            new LabelField("potassiumMg", "Potassium", NutrientCatalog.POTASSIUM, "mg", 100_000, false));

    /** The label's first rows (energy and macronutrients) and the vitamins and minerals under the thick rule. */
    public static List<LabelField> main() {
        return FIELDS.subList(0, 10);
    }

    public static List<LabelField> minerals() {
        return FIELDS.subList(10, FIELDS.size());
    }

    static final double MAX_SERVING_G = 5_000;

    private CustomFoodForm() {
    }

    /**
     * Reads the form or JSON body into a typed request (values per serving, as on the label). Every
     * wrong field is found in one go; the exception lists them all, the first in form order leading.
     */
    static CustomFoodRequest read(FieldReader form) {
        FieldReader p = form.collecting();
        String name = text(p.text("name"));
        if (!p.failed("name") && (name == null || name.length() > 200)) {
            p.reject("name", "Name is required (up to 200 characters).");
        }
        String brand = text(p.text("brand"));
        if (brand != null && brand.length() > 100) {
            p.reject("brand", "Brand must be at most 100 characters.");
        }
        String barcode = text(p.text("barcode"));
        if (barcode != null) {
            barcode = Barcodes.normalise(barcode).orElse(null);
            if (barcode == null) {
                p.reject("barcode", "Barcode must be a UPC-A (12 digits), EAN-13 (13) or EAN-8 (8) with a correct "
                        + "check digit.");
            }
        }
        String servingName = text(p.text("servingName"));
        if (servingName == null) {
            servingName = "1 serving";
        }
        if (servingName.length() > 60) {
            p.reject("servingName", "Serving size must be at most 60 characters.");
        }
        Double grams = number(p, "servingGrams", "Serving weight", "g", Double.MIN_VALUE, MAX_SERVING_G, true);
        Map<String, Double> perServing = new LinkedHashMap<>();
        for (LabelField f : FIELDS) {
            Double v = number(p, f.field(), f.label(), f.unit(), 0, f.max(), f.field().equals("kcal"));
            if (v != null) {
                perServing.put(f.nutrientId(), v);
            }
        }
        p.finish();
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
            throw new BadInputException("servingGrams", "These values cannot be right for a serving of " + fmt(r.servingGrams())
                    + " g: " + v.rejection() + ".");
        }
        return record;
    }

    /** A value from 0 (or more than 0) to max, worded with the label's name and unit; null when absent or wrong. */
    private static Double number(FieldReader p, String field, String label, String unit, double min, double max,
                                 boolean required) {
        String raw = p.text(field);
        String range = (min == Double.MIN_VALUE ? "more than 0 and at most " + fmt(max) : "from " + fmt(min) + " to "
                + fmt(max)) + " " + unit + " per serving";
        if (raw == null || raw.isBlank()) {
            if (required && !p.failed(field)) {
                p.reject(field, label + " is required: " + range + ".");
            }
            return null;
        }
        try {
            double v = Double.parseDouble(raw.trim());
            if (!(v >= min && v <= max)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            p.reject(field, label + " must be a number " + range + ".");
            return null;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
