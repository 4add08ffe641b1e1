package org.openplate.food.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openplate.csv.Csv;
import org.openplate.food.FoodRecord;
import org.openplate.food.importer.Importers.Input;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/**
 * The Open Food Facts CSV export: TAB-separated, UTF-8, a header row, no quoting. sourceId is
 * {@code code}; it is also the barcode when it is a GTIN (8, 12, 13 or 14 digits — a wrong check
 * digit rejects the row); other codes are imported without a barcode. OFF {@code *_100g} values
 * are grams per 100 g except energy, so minerals and vitamins are scaled to the catalogue's mg/µg
 * (vitamin D to IU: 1 µg = 40 IU). alcohol_100g is % vol, not g, and is not imported.
 */
final class OffImporter implements FoodImporter {

    public static final String FORMAT = "off";
    public static final String SOURCE = "off";

    static final double KJ_PER_KCAL = 4.184;
    static final double SALT_PER_SODIUM = 2.5;

    /** OFF column → {catalogue id, factor from g per 100 g}. Energy and sodium are handled apart. */
    static final Map<String, Object[]> COLUMNS = new LinkedHashMap<>();

    static {
        for (String[] c : new String[][] {{"proteins", "protein"}, {"fat", "fat"}, {"carbohydrates", "carbs"},
            {"sugars", "sugars"}, {"fiber", "fiber"}, {"starch", "starch"}, {"saturated-fat", "saturated_fat"},
            {"monounsaturated-fat", "monounsaturated_fat"}, {"polyunsaturated-fat", "polyunsaturated_fat"},
            {"omega-3-fat", "omega_3"}, {"omega-6-fat", "omega_6"}, {"trans-fat", "trans_fat"}}) {
            COLUMNS.put(c[0] + "_100g", new Object[] {c[1], 1.0});
        }
        for (String[] c : new String[][] {{"cholesterol", "cholesterol"}, {"calcium", "calcium"}, {"iron", "iron"},
            {"magnesium", "magnesium"}, {"phosphorus", "phosphorus"}, {"potassium", "potassium"}, {"zinc", "zinc"},
            {"copper", "copper"}, {"manganese", "manganese"}, {"vitamin-c", "vitamin_c"}, {"vitamin-b1", "thiamin"},
            {"vitamin-b2", "riboflavin"}, {"vitamin-pp", "niacin"}, {"vitamin-b6", "vitamin_b6"},
            {"pantothenic-acid", "pantothenic_acid"}, {"vitamin-e", "vitamin_e"}, {"caffeine", "caffeine"},
            {"choline", "choline"}}) {
            COLUMNS.put(c[0] + "_100g", new Object[] {c[1], 1e3});
        }
        for (String[] c : new String[][] {{"selenium", "selenium"}, {"chromium", "chromium"},
            {"fluoride", "fluoride"}, {"vitamin-b9", "folate"}, {"vitamin-b12", "vitamin_b12"},
            {"vitamin-k", "vitamin_k"}, {"biotin", "biotin"}}) {
            COLUMNS.put(c[0] + "_100g", new Object[] {c[1], 1e6});
        }
        COLUMNS.put("vitamin-d_100g", new Object[] {NutrientCatalog.VITAMIN_D, 1e6 * 40});
    }

    private static final Pattern GRAMS = Pattern.compile("(?<![\\w.,])(\\d+(?:[.,]\\d+)?)\\s*(?:g|gr|grams?)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ImportReport run(List<Path> files, FoodSink sink, Progress progress) throws IOException {
        ImportReport report = new ImportReport();
        long total = 0;
        for (Path p : files) {
            total += java.nio.file.Files.size(p);
        }
        long done = 0;
        for (Path p : files) {
            try (Input in = new Input(p, p.getFileName().toString(), StandardCharsets.UTF_8)) {
                readFile(in, sink, report, progress, done, total);
                done += in.size;
            }
        }
        sink.flush();
        progress.update(total, total, report.read());
        return report;
    }

    private static void readFile(Input in, FoodSink sink, ImportReport report, Progress progress, long done,
                                 long total) throws IOException {
        Iterator<Csv.Row> rows = Csv.rows(in.reader, '\t', Csv.Quotes.NONE);
        if (!rows.hasNext()) {
            throw new IllegalArgumentException(in.name + " is empty (expected a header row)");
        }
        String[] names = rows.next().fields().toArray(new String[0]);
        names[0] = Csv.withoutBom(names[0]);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            col.putIfAbsent(names[i].trim(), i);
        }
        for (String required : List.of("code", "product_name")) {
            if (!col.containsKey(required)) {
                throw new IllegalArgumentException(in.name + " has no '" + required + "' column: is it the Open "
                        + "Food Facts CSV export (tab-separated)?");
            }
        }
        while (rows.hasNext()) {
            Csv.Row row = rows.next();
            long line = row.line();
            if (row.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            report.countRead();
            String[] f = row.fields().toArray(new String[0]);
            String code = f.length > col.get("code") ? f[col.get("code")].trim() : "";
            try {
                if (f.length != names.length) {
                    throw new IllegalArgumentException("expected " + names.length + " tab-separated fields, found "
                            + f.length);
                }
                FoodRecord r = record(f, col, code, in.name, line, report);
                Importers.accept(r, in.name, line, report, sink);
            } catch (IllegalArgumentException e) {
                report.reject(in.name, line, code.isEmpty() ? null : code, e.getMessage());
            }
            if (report.read() % 1000 == 0) {
                progress.update(Math.min(total, done + in.position()), total, report.read());
            }
        }
    }

    private static FoodRecord record(String[] f, Map<String, Integer> col, String code, String file, long line,
                                     ImportReport report) {
        if (code.isEmpty()) {
            throw new IllegalArgumentException("missing code");
        }
        String name = cell(f, col, "product_name");
        if (name == null) {
            throw new IllegalArgumentException("missing product_name");
        }
        String barcode = null;
        if (code.matches("\\d{8}|\\d{12,14}")) {
            barcode = Importers.barcode(code);
        } else {
            report.flag(file, line, code, "code " + code + " is not a GTIN; imported without a barcode");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        Double kcal = number(f, col, "energy-kcal_100g");
        Double kj = number(f, col, "energy-kj_100g");
        kj = kj != null ? kj : number(f, col, "energy_100g");
        values.put(NutrientCatalog.ENERGY, kcal != null ? kcal : kj == null ? null : kj / KJ_PER_KCAL);
        for (Map.Entry<String, Object[]> e : COLUMNS.entrySet()) {
            Double v = number(f, col, e.getKey());
            if (v != null) {
                values.put((String) e.getValue()[0], v * (Double) e.getValue()[1]);
            }
        }
        Double sodium = number(f, col, "sodium_100g");
        Double salt = number(f, col, "salt_100g");
        Double sodiumG = sodium != null ? sodium : salt == null ? null : salt / SALT_PER_SODIUM;
        values.put(NutrientCatalog.SODIUM, sodiumG == null ? null : sodiumG * 1000);
        List<Portion> portions = new ArrayList<>();
        Double serving = servingGrams(cell(f, col, "serving_size"));
        if (serving != null) {
            portions.add(new Portion("1 serving", serving));
        }
        String group = cell(f, col, "categories_en");
        return new FoodRecord(SOURCE, code, name, cell(f, col, "brands"),
                group != null ? group : cell(f, col, "main_category_en"), barcode, new Nutrients(values), portions,
                null, null, null);
    }

    /** Grams in a serving_size text such as "30 g", "1 biscuit (12,5 g)"; null when it has none. */
    static Double servingGrams(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = GRAMS.matcher(text);
        if (!m.find()) {
            return null;
        }
        double g = Double.parseDouble(m.group(1).replace(',', '.'));
        return g > 0 ? g : null;
    }

    private static String cell(String[] f, Map<String, Integer> col, String column) {
        Integer i = col.get(column);
        return i == null || f[i].isBlank() ? null : f[i].trim();
    }

    private static Double number(String[] f, Map<String, Integer> col, String column) {
        return Importers.decimal(cell(f, col, column), column);
    }
}
