package org.openplate.food.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openplate.food.FoodRecord;
import org.openplate.food.importer.Importers.Cursor;
import org.openplate.food.importer.Importers.Input;
import org.openplate.food.importer.Importers.Row;
import org.openplate.food.importer.Importers.RowError;

/**
 * USDA FoodData Central "download" CSVs (UTF-8, header row, RFC 4180 quoting), identified by file
 * name: food.csv (required), nutrient.csv (required with food_nutrient.csv), food_nutrient.csv,
 * food_portion.csv, branded_food.csv, measure_unit.csv and food_category.csv. The small tables are
 * read into memory; the large ones are merge-joined with food.csv on fdc_id, which assumes (as in
 * USDA's downloads) that every large file is grouped by fdc_id in ascending numeric order. A row
 * that breaks that order, or has no food in food.csv, is rejected with a reason instead of being
 * held in memory. Foods of sample/acquisition data types are skipped without being counted.
 */
final class FdcCsvImporter implements FoodImporter {

    public static final String FORMAT = "fdc-csv";
    public static final String SOURCE = "fdc";

    /** Data types imported; the others (sub_sample_food, market_acquisition, …) are lab records. */
    static final Set<String> FOOD_TYPES = Set.of("", "branded_food", "foundation_food", "sr_legacy_food",
            "survey_fndds_food", "experimental_food");

    private static final String FOOD = "food.csv";
    private static final String NUTRIENT = FdcNutrients.NUTRIENT;
    static final String FOOD_NUTRIENT = "food_nutrient.csv";
    static final String PORTION = "food_portion.csv";
    static final String BRANDED = "branded_food.csv";
    private static final String UNIT = "measure_unit.csv";
    private static final String CATEGORY = "food_category.csv";
    private static final List<String> FILES = List.of(FOOD, NUTRIENT, FOOD_NUTRIENT, PORTION, BRANDED, UNIT, CATEGORY);
    /** The factor from an FDC unit_name to a catalogue unit, or null when they are not comparable. */
    static Double factor(String fdcUnit, String catalogueUnit) {
        return FdcNutrients.factor(fdcUnit, catalogueUnit);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ImportReport run(List<Path> files, FoodSink sink, Progress progress) throws IOException {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path p : files) {
            String name = FILES.stream().filter(f -> f.equalsIgnoreCase(p.getFileName().toString())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown FoodData Central file '"
                            + p.getFileName() + "': expected " + String.join(", ", FILES)));
            if (byName.put(name, p) != null) {
                throw new IllegalArgumentException(name + " was given twice");
            }
        }
        if (!byName.containsKey(FOOD) || byName.containsKey(FOOD_NUTRIENT) && !byName.containsKey(NUTRIENT)) {
            throw new IllegalArgumentException("fdc-csv needs food.csv, and nutrient.csv with food_nutrient.csv; got "
                    + byName.keySet());
        }
        ImportReport report = new ImportReport();
        Map<String, FdcNutrients.Target> targets = byName.containsKey(NUTRIENT)
                ? FdcNutrients.targets(byName.get(NUTRIENT), report) : Map.of();
        Map<String, String> units = FdcTable.idMap(byName.get(UNIT), UNIT, "name");
        Map<String, String> categories = FdcTable.idMap(byName.get(CATEGORY), CATEGORY, "description");
        List<Input> inputs = new ArrayList<>();
        try {
            FdcTable foods = table(byName, FOOD, inputs, "description");
            FdcTable nutrients = table(byName, FOOD_NUTRIENT, inputs, "nutrient_id", "amount");
            FdcTable portions = table(byName, PORTION, inputs, "gram_weight");
            FdcTable branded = table(byName, BRANDED, inputs);
            Cursor nutrientRows = cursor(nutrients, report);
            Cursor portionRows = cursor(portions, report);
            Cursor brandedRows = cursor(branded, report);
            long total = inputs.stream().mapToLong(i -> i.size).sum();
            String last = null;
            long rows = 0;
            for (Row food = foods.next(); food != null; food = foods.next()) {
                String type = foods.cell(food, "data_type", "").trim().toLowerCase(Locale.ROOT);
                boolean skip = food.key() != null && !FOOD_TYPES.contains(type);
                if (!skip) {
                    report.countRead();
                }
                if (food.key() == null) {
                    report.reject(FOOD, food.line(), null, food.error());
                } else if (last != null && Importers.KEY_ORDER.compare(food.key(), last) <= 0) {
                    if (!skip) {
                        report.reject(FOOD, food.line(), food.key(), Importers.KEY_ORDER.compare(food.key(), last) == 0
                                ? "duplicate fdc_id " + food.key()
                                : "food.csv is not sorted by fdc_id (" + food.key() + " after " + last + ")");
                    }
                } else {
                    last = food.key();
                    List<Row> n = nutrientRows == null ? List.of() : nutrientRows.take(food.key());
                    List<Row> p = portionRows == null ? List.of() : portionRows.take(food.key());
                    List<Row> b = brandedRows == null ? List.of() : brandedRows.take(food.key());
                    if (!skip) {
                        try {
                            FoodRecord r = FdcFoods.build(foods, food, nutrients, n, portions, p, branded, b, targets, units,
                                    categories, report);
                            Importers.accept(r, FOOD, food.line(), report, sink);
                        } catch (RowError e) {
                            report.reject(e.file, e.row, food.key(), e.getMessage());
                        } catch (IllegalArgumentException e) {
                            report.reject(FOOD, food.line(), food.key(), e.getMessage());
                        }
                    }
                }
                if (++rows % 1000 == 0) {
                    progress.update(Math.min(total, inputs.stream().mapToLong(Input::position).sum()), total,
                            report.read());
                }
            }
            for (Cursor c : new Cursor[] {nutrientRows, portionRows, brandedRows}) {
                if (c != null) {
                    c.take(null);
                }
            }
            sink.flush();
            progress.update(total, total, report.read());
            return report;
        } finally {
            for (Input in : inputs) {
                in.close();
            }
        }
    }

    private static FdcTable table(Map<String, Path> byName, String name, List<Input> inputs, String... required)
            throws IOException {
        if (!byName.containsKey(name)) {
            return null;
        }
        Input in = new Input(byName.get(name), name, StandardCharsets.UTF_8);
        inputs.add(in);
        FdcTable t = new FdcTable(in.reader, name, "fdc_id");
        for (String column : required) {
            t.require(column);
        }
        return t;
    }

    private static Cursor cursor(FdcTable t, ImportReport report) {
        return t == null ? null : new Cursor(t.name(), t, "fdc_id", FOOD, report);
    }
}
