package org.openplate.food.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openplate.csv.Csv;
import org.openplate.csv.CsvStream;
import org.openplate.food.FoodRecord;
import org.openplate.food.importer.Importers.Cursor;
import org.openplate.food.importer.Importers.Input;
import org.openplate.food.importer.Importers.Row;
import org.openplate.food.importer.Importers.RowError;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/**
 * USDA FoodData Central "download" CSVs (UTF-8, header row, RFC 4180 quoting), identified by file
 * name: food.csv (required), nutrient.csv (required with food_nutrient.csv), food_nutrient.csv,
 * food_portion.csv, branded_food.csv, measure_unit.csv and food_category.csv. The small tables are
 * read into memory; the large ones are merge-joined with food.csv on fdc_id, which assumes (as in
 * USDA's downloads) that every large file is grouped by fdc_id in ascending numeric order. A row
 * that breaks that order, or has no food in food.csv, is rejected with a reason instead of being
 * held in memory. Foods of sample/acquisition data types are skipped without being counted.
 */
public final class FdcCsvImporter implements FoodImporter {

    public static final String FORMAT = "fdc-csv";
    public static final String SOURCE = "fdc";

    /** Data types imported; the others (sub_sample_food, market_acquisition, …) are lab records. */
    static final Set<String> FOOD_TYPES = Set.of("", "branded_food", "foundation_food", "sr_legacy_food",
            "survey_fndds_food", "experimental_food");

    private static final String FOOD = "food.csv";
    private static final String NUTRIENT = "nutrient.csv";
    private static final String FOOD_NUTRIENT = "food_nutrient.csv";
    private static final String PORTION = "food_portion.csv";
    private static final String BRANDED = "branded_food.csv";
    private static final String UNIT = "measure_unit.csv";
    private static final String CATEGORY = "food_category.csv";
    private static final List<String> FILES = List.of(FOOD, NUTRIENT, FOOD_NUTRIENT, PORTION, BRANDED, UNIT, CATEGORY);
    /** Energy by Atwater factors (Foundation foods), used only when a food has no nutrient 208. */
    private static final String ATWATER_SPECIFIC = "958";
    private static final String ATWATER_GENERAL = "957";

    /** Where a nutrient.csv id lands: a catalogue id (or an Atwater number) and the unit factor. */
    private record Target(String id, double factor, boolean sum) {
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
        Map<String, Target> targets = byName.containsKey(NUTRIENT) ? targets(byName.get(NUTRIENT), report) : Map.of();
        Map<String, String> units = small(byName.get(UNIT), UNIT, "name");
        Map<String, String> categories = small(byName.get(CATEGORY), CATEGORY, "description");
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
                            FoodRecord r = build(foods, food, nutrients, n, portions, p, branded, b, targets, units,
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

    private static FoodRecord build(FdcTable foods, Row food, FdcTable nt, List<Row> nutrientRows, FdcTable pt,
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

    /**
     * nutrient.csv → targets: by nutrient_nbr through {@link NutrientCatalog#byUsdaNumber} (208 is
     * kcal; kJ 268 has no catalogue id), converting g/mg/µg to the catalogue unit. A mapped nutrient
     * whose unit cannot be converted is flagged and ignored.
     */
    private static Map<String, Target> targets(Path file, ImportReport report) throws IOException {
        Map<String, Target> map = new HashMap<>();
        try (Input in = new Input(file, NUTRIENT, StandardCharsets.UTF_8)) {
            FdcTable t = new FdcTable(in.reader, NUTRIENT, "id");
            t.require("unit_name");
            t.require("nutrient_nbr");
            for (Row r = t.next(); r != null; r = t.next()) {
                if (r.error() != null) {
                    report.reject(NUTRIENT, r.line(), r.key(), r.error());
                    continue;
                }
                String nbr = t.cell(r, "nutrient_nbr", "").trim().replaceFirst("\\.0+$", "");
                String unit = t.cell(r, "unit_name", "").trim();
                if (nbr.equals(ATWATER_SPECIFIC) || nbr.equals(ATWATER_GENERAL)) {
                    if (unit.equalsIgnoreCase("kcal")) {
                        map.put(r.key(), new Target(nbr, 1, false));
                    }
                    continue;
                }
                Nutrient n = NutrientCatalog.byUsdaNumber(nbr).orElse(null);
                if (n == null) {
                    continue;
                }
                Double factor = factor(unit, n.unit());
                if (factor == null) {
                    report.flag(NUTRIENT, r.line(), r.key(), "unit " + unit + " of nutrient " + nbr + " cannot be "
                            + "converted to " + n.unit() + " (catalogue " + n.id() + "); ignored");
                } else {
                    map.put(r.key(), new Target(n.id(), factor, n.usdaNumbers().size() > 1));
                }
            }
        }
        return map;
    }

    /** The factor from an FDC unit_name to a catalogue unit, or null when they are not comparable. */
    static Double factor(String fdcUnit, String catalogueUnit) {
        Map<String, Double> mass = Map.of("g", 1.0, "mg", 1e-3, "µg", 1e-6);
        String from = fdcUnit.trim().toLowerCase(Locale.ROOT).replace("ug", "µg").replace("mcg", "µg");
        String to = catalogueUnit.toLowerCase(Locale.ROOT);
        if (mass.containsKey(from) && mass.containsKey(to)) {
            return mass.get(from) / mass.get(to);
        }
        return from.equals(to) ? 1.0 : null;
    }

    /** A small id → column table (measure_unit.csv, food_category.csv), or empty when not given. */
    private static Map<String, String> small(Path file, String name, String column) throws IOException {
        Map<String, String> map = new HashMap<>();
        if (file != null) {
            try (Input in = new Input(file, name, StandardCharsets.UTF_8)) {
                FdcTable t = new FdcTable(in.reader, name, "id");
                t.require(column);
                for (Row r = t.next(); r != null; r = t.next()) {
                    if (r.error() == null) {
                        map.put(r.key(), t.cell(r, column, "").trim());
                    }
                }
            }
        }
        return map;
    }

    /** A CSV file with a header row, read as rows keyed by a numeric id column (fdc_id or id). */
    private static final class FdcTable implements Importers.RowSource {
        private final CsvStream in;
        private final String name;
        private final Map<String, Integer> columns = new HashMap<>();
        private final int width;
        private final int keyColumn;
        private final String keyName;

        FdcTable(BufferedReader reader, String name, String keyName) throws IOException {
            this.in = new CsvStream(reader, ',');
            this.name = name;
            this.keyName = keyName;
            CsvStream.Record header = in.next();
            if (header == null) {
                throw new IllegalArgumentException(name + " is empty (expected a header row)");
            }
            if (header.error() != null) {
                throw new IllegalArgumentException(name + ": bad header row: " + header.error());
            }
            List<String> h = header.fields();
            for (int i = 0; i < h.size(); i++) {
                columns.putIfAbsent(Csv.withoutBom(h.get(i)).trim().toLowerCase(Locale.ROOT), i);
            }
            this.width = h.size();
            this.keyColumn = require(keyName);
        }

        String name() {
            return name;
        }

        int require(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException(name + " has no '" + column + "' column in its header");
            }
            return i;
        }

        /** The row's cell in {@code column}, or {@code absent} when the file has no such column. */
        String cell(Row r, String column, String absent) {
            Integer i = columns.get(column);
            return i == null || i >= r.fields().size() ? absent : r.fields().get(i);
        }

        @Override
        public Row next() throws IOException {
            CsvStream.Record record = in.next();
            if (record == null) {
                return null;
            }
            if (record.error() != null) {
                return new Row(record.line(), null, List.of(), record.error());
            }
            List<String> f = record.fields();
            String key = f.size() > keyColumn ? f.get(keyColumn).trim() : "";
            if (!key.matches("\\d+")) {
                return new Row(record.line(), null, f, "missing or non-numeric " + keyName + " '" + key + "'");
            }
            if (f.size() != width) {
                return new Row(record.line(), key, f, "expected " + width + " fields, found " + f.size());
            }
            return new Row(record.line(), key, f, null);
        }
    }
}
