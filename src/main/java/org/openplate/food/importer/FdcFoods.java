package org.openplate.food.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import static org.openplate.food.importer.FdcCsvImporter.BRANDED;
import static org.openplate.food.importer.FdcCsvImporter.FOOD_NUTRIENT;
import static org.openplate.food.importer.FdcCsvImporter.PORTION;
import static org.openplate.food.importer.FdcCsvImporter.SOURCE;
import static org.openplate.food.importer.FdcNutrients.ATWATER_GENERAL;
import static org.openplate.food.importer.FdcNutrients.ATWATER_SPECIFIC;

import org.openplate.food.FoodRecord;
import org.openplate.food.importer.FdcNutrients.Target;
import org.openplate.food.importer.Importers.Row;
import org.openplate.food.importer.Importers.RowError;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/**
 * One FoodData Central food built from its food.csv row and the rows of the large files joined to it
 * (food_nutrient.csv, food_portion.csv, branded_food.csv). A bad joined row is a {@link RowError}
 * naming its file and line.
 */
final class FdcFoods {

    private FdcFoods() {
    }

    static FoodRecord build(FdcTable foods, Row food, FdcTable nt, List<Row> nutrientRows, FdcTable pt,
                                    List<Row> portionRows, FdcTable bt, List<Row> brandedRows,
                                    Map<String, Target> targets, Map<String, String> units,
                                    Map<String, String> categories, ImportReport report) {
        if (food.error() != null) {
            throw new IllegalArgumentException(food.error());
        }
        String name = foods.cell(food, "description", "").trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("missing description");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Row r : nutrientRows) {
            try {
                check(r);
                Target t = targets.get(nt.cell(r, "nutrient_id", "").trim());
                Double v = Importers.decimal(nt.cell(r, "amount", null), "amount");
                if (t != null && v != null) {
                    values.merge(t.id(), v * t.factor(), t.sum() ? Double::sum : (a, b) -> b);
                }
            } catch (IllegalArgumentException e) {
                throw new RowError(FOOD_NUTRIENT, r.line(), e.getMessage());
            }
        }
        Double atwater = values.containsKey(ATWATER_SPECIFIC) ? values.get(ATWATER_SPECIFIC) : values.get(ATWATER_GENERAL);
        values.remove(ATWATER_SPECIFIC);
        values.remove(ATWATER_GENERAL);
        if (atwater != null) {
            values.putIfAbsent(NutrientCatalog.ENERGY, atwater);
        }
        List<Portion> portions = new ArrayList<>();
        for (Row r : portionRows) {
            try {
                check(r);
                String desc = pt.cell(r, "portion_description", "").trim();
                String amount = desc.isEmpty() ? pt.cell(r, "amount", "") : null;
                if (desc.isEmpty()) {
                    String unit = units.get(pt.cell(r, "measure_unit_id", "").trim());
                    desc = String.join(" ", unit == null || unit.equals("undetermined") ? "" : unit,
                            pt.cell(r, "modifier", "")).trim();
                    if (desc.isEmpty()) {
                        desc = "portion";
                    }
                }
                Importers.portion(amount, "amount", desc, pt.cell(r, "gram_weight", null), "gram_weight")
                        .ifPresentOrElse(portions::add, () -> report.flag(PORTION, r.line(), food.key(),
                                "portion without a gram weight skipped"));
            } catch (IllegalArgumentException e) {
                throw new RowError(PORTION, r.line(), e.getMessage());
            }
        }
        String brand = null;
        String barcode = null;
        String group = null;
        if (brandedRows.size() > 1) {
            throw new RowError(BRANDED, brandedRows.get(1).line(), "more than one branded_food.csv row for fdc_id "
                    + food.key());
        }
        for (Row r : brandedRows) {
            try {
                check(r);
                brand = firstNonBlank(bt.cell(r, "brand_owner", null), bt.cell(r, "brand_name", null));
                barcode = Importers.barcode(bt.cell(r, "gtin_upc", null));
                group = firstNonBlank(bt.cell(r, "branded_food_category", null), null);
                Double size = Importers.decimal(bt.cell(r, "serving_size", null), "serving_size");
                String unit = bt.cell(r, "serving_size_unit", "").trim().toLowerCase(Locale.ROOT);
                if (size != null && size > 0 && (unit.equals("g") || unit.equals("grm"))) {
                    String label = firstNonBlank(bt.cell(r, "household_serving_fulltext", null), "1 serving");
                    portions.add(new Portion(label, size));
                }
            } catch (IllegalArgumentException e) {
                throw new RowError(BRANDED, r.line(), e.getMessage());
            }
        }
        if (group == null) {
            String category = foods.cell(food, "food_category_id", "").trim();
            group = category.isEmpty() ? null : categories.getOrDefault(category, category);
        }
        return new FoodRecord(SOURCE, food.key(), name, brand, group, barcode, new Nutrients(values), portions,
                null, null, null);
    }

    private static void check(Row r) {
        if (r.error() != null) {
            throw new IllegalArgumentException(r.error());
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.trim() : b != null && !b.isBlank() ? b.trim() : null;
    }

}
